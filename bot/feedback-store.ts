import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';

/** A 👍/👎 vote on an answer, stored locally. The user id is only kept as a hash. */
export interface Vote {
  platform: 'slack' | 'discord' | 'cli';
  vote: 'up' | 'down';
  question: string;
  answer: string;
  citations: string[];
  userHash: string;
  time: string;
}

/**
 * Append-only JSON Lines store: one vote per line, so a crash mid-write can
 * cost at most the line being written, never earlier votes.
 */
export class FeedbackStore {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string, private readonly salt = 'jcg-iotsec') {}

  hashUser(userId: string): string {
    return createHash('sha256').update(`${this.salt}:${userId}`).digest('hex').slice(0, 16);
  }

  /** Appends a vote; calls are serialised so concurrent votes never interleave. */
  record(vote: Omit<Vote, 'userHash' | 'time'> & { userId: string; time?: string }): Promise<Vote> {
    const { userId, ...rest } = vote;
    const stored: Vote = { ...rest, userHash: this.hashUser(userId), time: vote.time ?? new Date().toISOString() };
    const write = this.queue.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, JSON.stringify(stored) + '\n', 'utf8');
    });
    this.queue = write.catch(() => undefined);
    return write.then(() => stored);
  }

  /** All readable votes; a damaged line is skipped, not fatal. */
  async list(): Promise<Vote[]> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const votes: Vote[] = [];
    for (const line of raw.split('\n')) {
      if (!line.trim()) continue;
      try {
        votes.push(JSON.parse(line) as Vote);
      } catch {
        // A torn last line after a crash: skip it, keep the rest.
      }
    }
    return votes;
  }
}
