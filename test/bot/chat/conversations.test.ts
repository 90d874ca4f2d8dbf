import { afterAll, describe, expect, it } from 'vitest';
import { InMemoryConversations, type ConversationBounds, type ConversationMemory } from '../../../bot/chat/conversations.ts';
import { tempStore, type TempStore } from '../store/temp-store.ts';

const BOUNDS: ConversationBounds = { maxThreads: 3, maxTurns: 2, ttlMs: 60_000 };
const opened: TempStore[] = [];
afterAll(() => opened.forEach((t) => t.cleanup()));

// One contract, run against every ConversationMemory (the in-memory one and the state store's).
const implementations: [string, () => ConversationMemory][] = [
  ['InMemoryConversations', () => new InMemoryConversations(BOUNDS)],
  [
    'SqliteConversations',
    () => {
      const t = tempStore({ bounds: BOUNDS });
      opened.push(t);
      return t.store.conversations;
    },
  ],
];

const turn = (question: string) => ({
  question,
  answer: { answer: `About ${question}.`, citations: [], abstained: false, lang: 'en', mode: 'extractive' } as never,
});

describe.each(implementations)('%s', (_, make) => {
  it('returns the turns of a thread oldest first, and nothing for an unknown thread', () => {
    const m = make();
    m.remember('T', turn('first'), 1000);
    m.remember('T', turn('second'), 2000);
    expect(m.history('T', 2500).map((x) => x.question)).toEqual(['first', 'second']);
    expect(m.history('other', 2500)).toEqual([]);
  });

  it('keeps only what a follow-up needs of an answer', () => {
    const m = make();
    m.remember('T', turn('q'), 1000);
    expect(m.history('T', 1000)[0].answer).toEqual({ answer: 'About q.', citations: [], abstained: false });
  });

  it('keeps at most maxTurns per thread, the latest', () => {
    const m = make();
    for (const [i, q] of ['a', 'b', 'c'].entries()) m.remember('T', turn(q), 1000 + i);
    expect(m.history('T', 1010).map((x) => x.question)).toEqual(['b', 'c']);
  });

  it('forgets a thread untouched for longer than ttlMs', () => {
    const m = make();
    m.remember('T', turn('q'), 1000);
    expect(m.history('T', 1000 + 60_001)).toEqual([]);
  });

  it('keeps at most maxThreads, forgetting the least recently touched', () => {
    const m = make();
    for (const [i, key] of ['A', 'B', 'C'].entries()) m.remember(key, turn(key), 1000 + i);
    m.remember('A', turn('A again'), 1010); // A is now the most recent
    m.remember('D', turn('D'), 1020);
    expect(['A', 'B', 'C', 'D'].map((k) => m.history(k, 1030).length)).toEqual([2, 0, 1, 1]);
  });
});
