import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore, type TempStore } from './temp-store.ts';

let t: TempStore;
let legacy: string;
const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    platform: 'discord',
    vote: 'up',
    question: 'Q',
    answer: 'A',
    citations: ['c:1'],
    userHash: 'abcd',
    time: '2025-06-01T10:00:00.000Z',
    ...over,
  }) + '\n';

beforeEach(() => {
  t = tempStore();
  legacy = join(t.dir, 'feedback.jsonl');
});
afterEach(() => t.cleanup());

describe('importing the legacy JSON Lines votes file', () => {
  it('imports every readable line once, skipping a torn last line', () => {
    writeFileSync(legacy, line() + line({ vote: 'down', userHash: 'ef01' }) + '{"platform":"sla');
    const store = t.reopen({ legacyVotesFile: legacy });
    expect(store.imported).toEqual({ imported: 2, skipped: 1, already: false });
    const { votes } = store.votes.list();
    expect(votes.map((v) => [v.vote, v.userHash])).toEqual([
      ['up', 'abcd'],
      ['down', 'ef01'],
    ]);
    expect(votes[0].answerKey).toMatch(/^jsonl:[0-9a-f]{24}$/);
  });

  it('is idempotent: the same file is not read again, a grown file adds only its new lines', () => {
    writeFileSync(legacy, line());
    t.reopen({ legacyVotesFile: legacy });
    expect(t.reopen({ legacyVotesFile: legacy }).imported).toEqual({ imported: 0, skipped: 0, already: true });
    appendFileSync(legacy, line({ userHash: 'beef' }));
    expect(t.reopen({ legacyVotesFile: legacy }).imported).toMatchObject({ imported: 1, already: false });
    expect(t.store.votes.list().votes).toHaveLength(2);
  });

  it('counts identical lines (a double click of earlier versions) once', () => {
    writeFileSync(legacy, line() + line());
    expect(t.reopen({ legacyVotesFile: legacy }).imported.imported).toBe(1);
  });

  it('has nothing to do when there is no legacy file', () => {
    expect(t.reopen({ legacyVotesFile: join(t.dir, 'none.jsonl') }).imported).toEqual({ imported: 0, skipped: 0, already: false });
  });
});
