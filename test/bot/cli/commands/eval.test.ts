import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec eval', () => {
  it('prints the metrics table, or each answer with its question id', async () => {
    const table = await cli('eval', '--questions', '../shared/eval/questions.json');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^\| metric \| value \|\n\| --- \| --- \|\n/);
    expect(table.out).toMatch(/\| abstain_ok \| 1 \|/);
    const answers = JSON.parse((await cli('eval', '--json', '--questions', '../shared/eval/questions.json')).out);
    expect(Object.keys(answers[0])).toEqual(['id', 'question', 'answer', 'abstained', 'citations']);
  });

  it('refuses an unreadable question file in one line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cli-eval-')), 'q.json');
    await writeFile(file, '[{"id": 1}]');
    const { code, err } = await cli('eval', '--questions', file);
    expect(code).toBe(1);
    expect(err).toMatch(/^error: Cannot read gold questions from .*q\.json: /);
    expect(err.split('\n')).toHaveLength(1);
  });
});
