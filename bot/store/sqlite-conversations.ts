import type { Turn } from '../../retrieval/types.ts';
import { hashUser } from '../chat/votes.ts';
import { DEFAULT_BOUNDS, slimTurn, type ConversationBounds, type ConversationMemory } from '../chat/conversations.ts';
import type { Db } from './state-db.ts';
import { storeError } from './store-error.ts';

const NEWEST_FIRST = 'SELECT thread_key FROM threads ORDER BY touched DESC, rowid DESC';

/**
 * Thread memory in the state database, so follow-ups keep their context
 * across a restart. Bounded like the in-memory one: at most `maxTurns` per
 * thread, threads untouched for `ttlMs` forgotten, at most `maxThreads`
 * (the least recently touched go first). Thread keys hold channel and user
 * ids, so only their salted hash is stored.
 */
export class SqliteConversations implements ConversationMemory {
  constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly bounds: ConversationBounds = DEFAULT_BOUNDS,
  ) {}

  history(threadKey: string, now = Date.now()): Turn[] {
    const key = hashUser(threadKey);
    try {
      const thread = this.db.prepare('SELECT touched FROM threads WHERE thread_key = ?').get(key) as { touched: number } | undefined;
      if (!thread || now - thread.touched > this.bounds.ttlMs) return [];
      const rows = this.db.prepare('SELECT turn FROM turns WHERE thread_key = ? ORDER BY seq').all(key) as { turn: string }[];
      return rows.flatMap((r) => parseTurn(r.turn));
    } catch (error) {
      throw storeError(error, this.path);
    }
  }

  remember(threadKey: string, turn: Turn, now = Date.now()): void {
    const key = hashUser(threadKey);
    const { maxTurns, maxThreads, ttlMs } = this.bounds;
    try {
      this.db
        .transaction(() => {
          // Expired threads go first, so a thread that comes back after the age bound starts afresh.
          this.db.prepare('DELETE FROM threads WHERE touched < ?').run(now - ttlMs);
          this.db
            .prepare(
              'INSERT INTO threads (thread_key, touched) VALUES (?, ?) ON CONFLICT (thread_key) DO UPDATE SET touched = excluded.touched',
            )
            .run(key, now);
          const { last } = this.db.prepare('SELECT coalesce(max(seq), 0) AS last FROM turns WHERE thread_key = ?').get(key) as {
            last: number;
          };
          this.db.prepare('INSERT INTO turns (thread_key, seq, turn) VALUES (?, ?, ?)').run(key, last + 1, JSON.stringify(slimTurn(turn)));
          this.db.prepare('DELETE FROM turns WHERE thread_key = ? AND seq <= ?').run(key, last + 1 - maxTurns);
          // Turns follow their thread out (ON DELETE CASCADE).
          this.db.prepare(`DELETE FROM threads WHERE thread_key IN (${NEWEST_FIRST} LIMIT -1 OFFSET ?)`).run(maxThreads);
        })
        .immediate();
    } catch (error) {
      throw storeError(error, this.path);
    }
  }
}

/** A stored turn; a row that no longer parses is left out (it only costs context). */
function parseTurn(text: string): Turn[] {
  try {
    const turn = JSON.parse(text) as Turn;
    return typeof turn?.question === 'string' && typeof turn.answer?.answer === 'string' ? [turn] : [];
  } catch {
    return [];
  }
}
