import { randomBytes } from 'node:crypto';
import type { Answer } from '../../retrieval/types.ts';

/** What a vote is about: the question, the answer text and the cited clause ids. */
export interface VotedAnswer {
  question: string;
  answer: string;
  citations: string[];
}

/**
 * Recently sent answers by a short random key carried in the 👍/👎 buttons'
 * custom_ids (the full question can be far longer than the 100-character
 * custom_id limit). Bounded; after a restart the vote handler rebuilds what it
 * can from the message itself.
 */
export class RecentAnswers {
  private readonly entries = new Map<string, VotedAnswer>();
  private readonly voters = new Map<string, Map<string, 'up' | 'down'>>();

  constructor(private readonly max = 2000) {}

  /** Remembers an answer and returns its key. */
  add(answer: Answer): string {
    const key = randomBytes(9).toString('base64url');
    this.entries.set(key, {
      question: answer.question,
      answer: answer.answer,
      citations: answer.abstained ? [] : answer.citations.map((c) => c.id),
    });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.voters.delete(oldest);
    }
    return key;
  }

  get(key: string): VotedAnswer | undefined {
    return this.entries.get(key);
  }

  /** False when this user already gave this vote on this answer: a double click is stored once, a changed mind again. */
  isNewVote(key: string, userId: string, vote: 'up' | 'down'): boolean {
    const seen = this.voters.get(key) ?? new Map<string, 'up' | 'down'>();
    if (seen.get(userId) === vote) return false;
    seen.set(userId, vote);
    this.voters.set(key, seen);
    return true;
  }
}
