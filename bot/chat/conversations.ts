import type { Turn } from '../../retrieval/types.ts';

/**
 * The last turns of each chat thread, so a follow-up ("and the second
 * one?") is answered in context. Kept in the state store
 * (bot/store/sqlite-conversations.ts) so a restart forgets nothing;
 * bounded in turns per thread, age and thread count.
 */
export interface ConversationMemory {
  /** The thread's turns, oldest first; none once the thread is older than the age bound. */
  history(threadKey: string, now?: number): Turn[];
  remember(threadKey: string, turn: Turn, now?: number): void;
}

/** The bounds every ConversationMemory keeps. */
export interface ConversationBounds {
  maxThreads: number;
  maxTurns: number;
  ttlMs: number;
}

/** 500 threads, 6 turns each, forgotten after 6 hours untouched. */
export const DEFAULT_BOUNDS: ConversationBounds = { maxThreads: 500, maxTurns: 6, ttlMs: 6 * 3600_000 };

/** Only what a follow-up needs of a turn (the full answer text and citations), not rendering details. */
export function slimTurn(turn: Turn): Turn {
  const { answer, citations, abstained } = turn.answer;
  return { question: turn.question, answer: { answer, citations, abstained } };
}

/** In memory, for tests and tools that need no persistence: a restart forgets threads. */
export class InMemoryConversations implements ConversationMemory {
  private readonly threads = new Map<string, { turns: Turn[]; touched: number }>();

  constructor(private readonly bounds: ConversationBounds = DEFAULT_BOUNDS) {}

  history(threadKey: string, now = Date.now()): Turn[] {
    const entry = this.threads.get(threadKey);
    if (!entry) return [];
    if (now - entry.touched > this.bounds.ttlMs) {
      this.threads.delete(threadKey);
      return [];
    }
    return [...entry.turns];
  }

  remember(threadKey: string, turn: Turn, now = Date.now()): void {
    const entry = this.threads.get(threadKey) ?? { turns: [], touched: now };
    entry.turns.push(slimTurn(turn));
    if (entry.turns.length > this.bounds.maxTurns) entry.turns.splice(0, entry.turns.length - this.bounds.maxTurns);
    entry.touched = now;
    this.threads.delete(threadKey); // re-insert: Map order is our LRU order
    this.threads.set(threadKey, entry);
    while (this.threads.size > this.bounds.maxThreads) {
      const oldest = this.threads.keys().next().value as string;
      this.threads.delete(oldest);
    }
  }
}
