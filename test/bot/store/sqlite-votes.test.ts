import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashUser, type NewVote } from '../../../bot/chat/votes.ts';
import { StoreError } from '../../../bot/store/store-error.ts';
import { tempStore, type TempStore } from './temp-store.ts';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

const vote = (over: Partial<NewVote> = {}): NewVote => ({
  platform: 'slack',
  answerKey: 'k1',
  userHash: hashUser('U1'),
  vote: 'up',
  question: 'Who convenes?',
  answer: 'Bret Jordan and Ramy Fathy [1].',
  citations: ['tsb-circ-67:annex-a:item-6'],
  ...over,
});

describe('SqliteVotes', () => {
  it('counts a replay or double click once and updates a changed mind', () => {
    expect(t.store.votes.record(vote())).toBe('new');
    expect(t.store.votes.record(vote())).toBe('same');
    expect(t.store.votes.record(vote({ vote: 'down' }))).toBe('changed');
    const { votes } = t.store.votes.list();
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ platform: 'slack', answerKey: 'k1', vote: 'down', citations: ['tsb-circ-67:annex-a:item-6'] });
  });

  it('keeps one row per platform, answer and user', () => {
    t.store.votes.record(vote());
    t.store.votes.record(vote({ platform: 'discord' }));
    t.store.votes.record(vote({ answerKey: 'k2' }));
    t.store.votes.record(vote({ userHash: hashUser('U2') }));
    expect(t.store.votes.list().votes).toHaveLength(4);
  });

  it('survives a restart: votes are on disk, and the unique key still holds', () => {
    t.store.votes.record(vote());
    t.reopen();
    expect(t.store.votes.record(vote())).toBe('same');
    expect(t.store.votes.list().votes).toHaveLength(1);
  });

  it('lists around damaged rows, counting them', () => {
    t.store.votes.record(vote());
    t.raw("INSERT INTO votes VALUES ('slack', 'k9', 'h', 'up', 'q', 'a', 'not json', '2025-01-01')");
    t.raw("INSERT INTO votes VALUES ('telegram', 'k8', 'h', 'sideways', 'q', 'a', '[]', '2025-01-01')");
    const listing = t.store.votes.list();
    expect(listing.votes.map((v) => v.answerKey)).toEqual(['k1']);
    expect(listing.unreadable).toBe(2);
  });

  it('throws a one-line "locked" StoreError when another process holds the write lock, and writes nothing', () => {
    const lock = t.lock();
    try {
      expect(() => t.store.votes.record(vote())).toThrow(StoreError);
      try {
        t.store.votes.record(vote());
      } catch (error) {
        expect((error as StoreError).reason).toBe('locked');
        expect((error as Error).message).toMatch(/is locked by another process/);
        expect((error as Error).message).not.toContain('\n');
      }
    } finally {
      lock.release();
    }
    expect(t.store.votes.list().votes).toEqual([]);
    expect(t.store.votes.record(vote())).toBe('new');
  });
});
