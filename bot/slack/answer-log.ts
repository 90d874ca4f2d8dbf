import { randomUUID } from 'node:crypto';

/** What a 👍/👎 vote is about: the question, the answer text and the cited clause ids. */
export interface AnsweredTurn {
  question: string;
  answer: string;
  citations: string[];
}

/**
 * Recent answers by vote key. A vote button carries only a short key (Slack
 * caps a button value at 2,000 characters, too little for an answer), so the
 * full answer is kept here, bounded in size. After a restart the key is gone;
 * the vote handler then rebuilds what it can from the clicked message, so the
 * vote itself is still stored.
 */
export class AnswerLog {
  private readonly turns = new Map<string, AnsweredTurn>();

  constructor(private readonly max = 2000) {}

  /** Stores a turn and returns its new vote key. */
  add(turn: AnsweredTurn): string {
    const key = randomUUID();
    this.turns.set(key, turn);
    while (this.turns.size > this.max) this.turns.delete(this.turns.keys().next().value as string);
    return key;
  }

  get(key: string): AnsweredTurn | undefined {
    return this.turns.get(key);
  }
}
