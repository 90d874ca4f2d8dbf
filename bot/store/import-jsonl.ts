import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from './state-db.ts';
import { storeError } from './store-error.ts';

/** A line of the JSON Lines votes file earlier versions appended to (IOTSEC_FEEDBACK). */
const LegacyVote = z.object({
  platform: z.enum(['slack', 'discord', 'cli']),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  citations: z.array(z.string()),
  userHash: z.string(),
  time: z.string(),
});

/** What an import did. `skipped`: unreadable lines (a torn last line after a crash, hand edits). */
export interface ImportResult {
  imported: number;
  skipped: number;
  /** This exact file content was imported before; nothing was read into the store. */
  already: boolean;
}

/**
 * Imports a legacy votes file into the store, once. Idempotent twice over:
 * a file whose content (SHA-256) was imported before is not read again, and
 * each line becomes the row keyed `jsonl:<hash of the line>`, so a file that
 * grew is imported again without doubling the lines already in. Those old
 * lines carry no answer key; repeated identical lines were double clicks and
 * count once. A missing file is nothing to import.
 */
export function importLegacyVotes(db: Db, file: string, dbPath: string): ImportResult {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { imported: 0, skipped: 0, already: false };
    throw error;
  }
  const digest = createHash('sha256').update(content).digest('hex');
  try {
    return db
      .transaction((): ImportResult => {
        if (db.prepare('SELECT 1 FROM imports WHERE source = ? AND digest = ?').get(file, digest))
          return { imported: 0, skipped: 0, already: true };
        const insert = db.prepare(
          `INSERT OR IGNORE INTO votes (platform, answer_key, user_hash, vote, question, answer, citations, time)
         VALUES (@platform, @answerKey, @userHash, @vote, @question, @answer, @citations, @time)`,
        );
        let imported = 0;
        let skipped = 0;
        for (const line of content.split('\n')) {
          if (!line.trim()) continue;
          const vote = parseLine(line);
          if (!vote) {
            skipped += 1;
            continue;
          }
          const answerKey = `jsonl:${createHash('sha256').update(line).digest('hex').slice(0, 24)}`;
          imported += insert.run({ ...vote, answerKey, citations: JSON.stringify(vote.citations) }).changes;
        }
        db.prepare('INSERT INTO imports (source, digest, rows, time) VALUES (?, ?, ?, ?)').run(
          file,
          digest,
          imported,
          new Date().toISOString(),
        );
        return { imported, skipped, already: false };
      })
      .immediate();
  } catch (error) {
    throw storeError(error, dbPath);
  }
}

function parseLine(line: string): z.infer<typeof LegacyVote> | undefined {
  try {
    const parsed = LegacyVote.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
