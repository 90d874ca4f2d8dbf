import { z } from 'zod';
import type { NewVote, Vote, VoteListing, VoteOutcome, VoteStore } from '../chat/votes.ts';
import type { Db } from './state-db.ts';
import { storeError } from './store-error.ts';

/** A stored row as it must look to be listed; anything else (hand edits, damage) is counted as unreadable. */
const Row = z.object({
  platform: z.enum(['slack', 'discord', 'cli']),
  answer_key: z.string(),
  user_hash: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  citations: z.string().transform((text, ctx) => {
    try {
      return z.array(z.string()).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'citations is not a JSON list of clause ids' });
      return z.NEVER;
    }
  }),
  time: z.string(),
});

/**
 * Votes in the state database. One row per (platform, answer key, user
 * hash): a replayed click or a double click finds its row and writes
 * nothing; a changed mind updates the row. Each call is one transaction and
 * returns only once committed.
 */
export class SqliteVotes implements VoteStore {
  constructor(
    private readonly db: Db,
    private readonly path: string,
  ) {}

  record(vote: NewVote): VoteOutcome {
    const time = vote.time ?? new Date().toISOString();
    try {
      return this.db
        .transaction((): VoteOutcome => {
          const key = { platform: vote.platform, answer_key: vote.answerKey, user_hash: vote.userHash };
          const found = this.db
            .prepare('SELECT vote FROM votes WHERE platform = @platform AND answer_key = @answer_key AND user_hash = @user_hash')
            .get(key) as { vote: string } | undefined;
          if (found?.vote === vote.vote) return 'same';
          this.db
            .prepare(
              `INSERT INTO votes (platform, answer_key, user_hash, vote, question, answer, citations, time)
             VALUES (@platform, @answer_key, @user_hash, @vote, @question, @answer, @citations, @time)
             ON CONFLICT (platform, answer_key, user_hash) DO UPDATE SET vote = excluded.vote, time = excluded.time`,
            )
            .run({
              ...key,
              vote: vote.vote,
              question: vote.question,
              answer: vote.answer,
              citations: JSON.stringify(vote.citations),
              time,
            });
          return found ? 'changed' : 'new';
        })
        .immediate();
    } catch (error) {
      throw storeError(error, this.path);
    }
  }

  list(): VoteListing {
    let rows: unknown[];
    try {
      rows = this.db.prepare('SELECT * FROM votes ORDER BY time, rowid').all();
    } catch (error) {
      throw storeError(error, this.path);
    }
    const votes: Vote[] = [];
    let unreadable = 0;
    for (const raw of rows) {
      const row = Row.safeParse(raw);
      if (!row.success) {
        unreadable += 1;
        continue;
      }
      const { answer_key: answerKey, user_hash: userHash, ...rest } = row.data;
      votes.push({ ...rest, answerKey, userHash });
    }
    return { votes, unreadable };
  }
}
