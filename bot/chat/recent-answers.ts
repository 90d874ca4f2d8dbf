import { randomBytes } from 'node:crypto';
import type { Lang } from '../../retrieval/types.ts';
import type { VotedAnswer } from './votes.ts';

/** A recent answer as its vote buttons refer to it. */
export interface RecentAnswer extends VotedAnswer {
  lang: Lang;
}

/**
 * Recent answers by a short random key carried in their 👍/👎 buttons (a
 * Slack button value holds 2,000 characters, a Discord custom_id 100: too
 * little for an answer). Bounded, oldest forgotten first; after a restart the
 * adapter rebuilds what it can from the clicked message, so a vote is never
 * refused for a forgotten key.
 */
export class RecentAnswers {
  private readonly entries = new Map<string, RecentAnswer>();

  constructor(private readonly max = 2000) {}

  /** Remembers an answer and returns its key (12 URL-safe characters). */
  add(answer: RecentAnswer): string {
    const key = randomBytes(9).toString('base64url');
    this.entries.set(key, answer);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return key;
  }

  get(key: string): RecentAnswer | undefined {
    return this.entries.get(key);
  }
}
