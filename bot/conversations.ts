import type { Turn } from '../retrieval/types.ts';

/**
 * Remembers the last turns of each chat thread so a follow-up ("and the
 * second one?") can be answered in context. In memory, bounded in threads,
 * turns and age: a restart forgets threads, which costs only context.
 */
export class ConversationMemory {
  private readonly threads = new Map<string, { turns: Turn[]; touched: number }>();

  constructor(private readonly options = { maxThreads: 500, maxTurns: 6, ttlMs: 6 * 3600_000 }) {}

  history(threadKey: string, now = Date.now()): Turn[] {
    const entry = this.threads.get(threadKey);
    if (!entry) return [];
    if (now - entry.touched > this.options.ttlMs) {
      this.threads.delete(threadKey);
      return [];
    }
    return [...entry.turns];
  }

  remember(threadKey: string, turn: Turn, now = Date.now()): void {
    const entry = this.threads.get(threadKey) ?? { turns: [], touched: now };
    entry.turns.push(turn);
    if (entry.turns.length > this.options.maxTurns) entry.turns.splice(0, entry.turns.length - this.options.maxTurns);
    entry.touched = now;
    this.threads.delete(threadKey); // re-insert: Map order is our LRU order
    this.threads.set(threadKey, entry);
    while (this.threads.size > this.options.maxThreads) {
      const oldest = this.threads.keys().next().value as string;
      this.threads.delete(oldest);
    }
  }
}
