/**
 * The last good parse of every document, kept apart from the clause store in
 * `last-good/`: `index --rebuild` and a damaged clauses.json do not wipe it,
 * so a document that has since become corrupt is still answered from its
 * last good version. Each entry carries the hash of its clauses and is
 * ignored if it does not match.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { IndexSaver } from '../index-folder.ts';
import { readRegularFile, sha256 } from '../storage.ts';
import type { Clause, DocumentMeta } from '../types.ts';
import { clausesHash, type StoredDocument } from './saved-clauses.ts';

export const LAST_GOOD_DIR = 'last-good';

const Entry = z.object({
  file: z.string(),
  hash: z.string(),
  clausesHash: z.string(),
  meta: z.custom<DocumentMeta>((v) => typeof v === 'object' && v !== null && typeof (v as DocumentMeta).id === 'string'),
  flagged: z.record(z.string(), z.string()),
  parserVersion: z.number(),
  savedAt: z.string(),
  clauses: z.array(z.custom<Clause>((v) => typeof v === 'object' && v !== null && typeof (v as Clause).id === 'string')),
});

export interface LastGood {
  doc: StoredDocument;
  clauses: Clause[];
  savedAt: string;
}

/** One file per corpus path, named by its hash so any path is a safe file name. */
function entryName(file: string): string {
  return join(LAST_GOOD_DIR, `${sha256(file).slice(0, 24)}.json`);
}

export async function saveLastGood(
  saver: IndexSaver,
  doc: StoredDocument,
  clauses: readonly Clause[],
  parserVersion: number,
): Promise<void> {
  const entry = { ...doc, parserVersion, savedAt: new Date().toISOString(), clauses };
  await saver.save(entryName(doc.file), JSON.stringify(entry));
}

export async function readLastGood(indexDir: string, file: string): Promise<LastGood | undefined> {
  try {
    const entry = Entry.parse(JSON.parse((await readRegularFile(join(indexDir, entryName(file)))).toString('utf8')));
    if (entry.file !== file || clausesHash(entry.clauses) !== entry.clausesHash) return undefined;
    const { meta, hash, flagged } = entry;
    return { doc: { meta, file, hash, clausesHash: entry.clausesHash, flagged }, clauses: entry.clauses, savedAt: entry.savedAt };
  } catch {
    return undefined;
  }
}
