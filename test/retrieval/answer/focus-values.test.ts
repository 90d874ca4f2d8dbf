import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerPipeline } from '../../../retrieval/answer-pipeline.ts';
import { openStages } from '../../../retrieval/open-assistant.ts';

// WTDC Resolution 95 (eval/unseen/tune-en-3), considering b): "persons with disabilities living in rural and remote
// areas are on average 2.4 times less likely to use the Internet than persons without disabilities living in urban
// areas". It never writes "proportion": the ratio is the value that word asks for.
let dir: string;
let pipeline: AnswerPipeline;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iotsec-focus-'));
  pipeline = new AnswerPipeline(await openStages({ corpusDir: 'eval/unseen/tune-en-3/corpus', indexDir: dir, embeddings: 'off' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a clause that gives the value the question’s focus asks for', () => {
  it('answers "in what proportion" with a ratio, the focus word counted as covered', async () => {
    for (const q of [
      'In what proportion are rural persons with disabilities less likely to use the Internet than urban ones?',
      'Dans quelle proportion les personnes handicapées vivant en zone rurale utilisent-elles moins Internet ?',
    ]) {
      const answer = await pipeline.ask(q);
      expect(answer.citations[0]?.label, q).toBe('Res. 95 › considering › b)');
      expect(answer.answer, q).toContain('2.4 times less likely');
    }
  });
});
