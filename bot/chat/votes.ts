import { createHash } from 'node:crypto';

/** Where a vote was cast. */
export type Platform = 'slack' | 'discord' | 'cli';

/** What a 👍/👎 is about: the question, the answer text and the cited clause ids. */
export interface VotedAnswer {
  question: string;
  answer: string;
  citations: string[];
}

/** A 👍/👎 vote on an answer. The user id is only kept as a salted hash. */
export interface Vote extends VotedAnswer {
  platform: Platform;
  vote: 'up' | 'down';
  /** The answer's key (carried by its vote buttons): one vote per platform, answer key and user. */
  answerKey: string;
  userHash: string;
  /** ISO 8601 time of the vote, or of its last change. */
  time: string;
}

/** A vote as the chat core hands it to the store. */
export type NewVote = Omit<Vote, 'time'> & { time?: string };

/**
 * What recording did: `new` a first vote, `changed` the user's vote on that
 * answer went from 👍 to 👎 or back, `same` a replay or double click (nothing written).
 */
export type VoteOutcome = 'new' | 'changed' | 'same';

/** Readable votes, and how many stored rows could not be read (a damaged row is skipped, never fatal). */
export interface VoteListing {
  votes: Vote[];
  unreadable: number;
}

/**
 * Where votes are kept (bot/store/sqlite-votes.ts). `record` returns only
 * once the vote is committed, and throws when it is not, so an adapter
 * acknowledges a vote only after it is safe.
 */
export interface VoteStore {
  record(vote: NewVote): VoteOutcome;
  list(): VoteListing;
}

const SALT = 'jcg-iotsec';

/** The stored stand-in for a user id: a salted SHA-256, 16 hex characters (the same as earlier versions' JSONL). */
export function hashUser(userId: string, salt = SALT): string {
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}
