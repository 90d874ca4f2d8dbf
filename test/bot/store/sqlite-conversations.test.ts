import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore, type TempStore } from './temp-store.ts';

let t: TempStore;
beforeEach(() => {
  t = tempStore({ bounds: { maxThreads: 3, maxTurns: 2, ttlMs: 60_000 } });
});
afterEach(() => t.cleanup());

const turn = (question: string) => ({ question, answer: { answer: `About ${question}.`, citations: [], abstained: false } });

describe('SqliteConversations (what only the stored memory does; the shared contract is in chat/conversations.test.ts)', () => {
  it('keeps a thread across a restart', () => {
    t.store.conversations.remember('C1:100.1', turn('first'), 1000);
    t.reopen({ bounds: { maxThreads: 3, maxTurns: 2, ttlMs: 60_000 } });
    expect(t.store.conversations.history('C1:100.1', 2000).map((x) => x.question)).toEqual(['first']);
  });

  it('stores thread keys (channel and user ids) only as hashes', () => {
    t.store.conversations.remember('slash:C0SECRET:U0SECRET', turn('q'), 1000);
    const db = new Database(t.path, { readonly: true });
    const keys = db.prepare('SELECT thread_key FROM threads').all() as { thread_key: string }[];
    db.close();
    expect(keys).toHaveLength(1);
    expect(keys[0].thread_key).not.toContain('SECRET');
  });

  it('forgets expired threads when writing, so the table stays bounded', () => {
    t.store.conversations.remember('old', turn('q'), 1000);
    t.store.conversations.remember('new', turn('q'), 1000 + 120_000);
    const db = new Database(t.path, { readonly: true });
    const count = db.prepare('SELECT count(*) AS n FROM turns').get() as { n: number };
    db.close();
    expect(count.n).toBe(1);
  });

  it('skips a damaged stored turn instead of failing the follow-up', () => {
    t.store.conversations.remember('T', turn('good'), 1000);
    t.raw("UPDATE turns SET turn = '{oops' WHERE seq = 1");
    expect(t.store.conversations.history('T', 1000)).toEqual([]);
  });
});
