/**
 * The saved clause store, `clauses.json`, proving itself: a header line with
 * the sha256 of the payload that follows, and in the payload a hash of each
 * document's clauses. An edited or damaged file fails the file hash and is
 * not served; the documents whose clauses still match their own hash are
 * kept, the others are parsed again from the corpus.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readRegularFile, sha256 } from '../storage.ts';
import type { Clause, DocumentMeta } from '../types.ts';

export const CLAUSES_FILE = 'clauses.json';
const FORMAT = 'iotsec-clauses';
const SCHEMA = 3;

const Header = z.object({ format: z.literal(FORMAT), schema: z.literal(SCHEMA), sha256: z.string().length(64) });
const ClauseShape = z.object({
  id: z.string(),
  docId: z.string(),
  label: z.string(),
  text: z.string(),
  context: z.string(),
  start: z.number(),
  end: z.number(),
  /** A letter part speaks for its whole document (kept: without it a reopened store read it as a plain paragraph). */
  scope: z.literal('document').optional(),
});
const StoredDocument = z.object({
  meta: z.custom<DocumentMeta>((v) => typeof v === 'object' && v !== null && typeof (v as DocumentMeta).id === 'string'),
  file: z.string(),
  hash: z.string(),
  clausesHash: z.string(),
  /** Clause id → why it is a planted instruction. */
  flagged: z.record(z.string(), z.string()),
});
const Payload = z.object({
  parserVersion: z.number(),
  detectorVersion: z.number(),
  corpusHash: z.string(),
  docs: z.array(StoredDocument),
  clauses: z.array(ClauseShape),
});

export type StoredDocument = z.infer<typeof StoredDocument>;
export type SavedClauses = z.infer<typeof Payload>;

/** The hash each document's clauses are checked against. */
export function clausesHash(clauses: readonly Clause[]): string {
  return sha256(JSON.stringify(clauses));
}

/** The file's bytes: one header line, then the payload its hash covers. */
export function serializeSaved(saved: SavedClauses): string {
  const payload = JSON.stringify(saved);
  return `${JSON.stringify({ format: FORMAT, schema: SCHEMA, sha256: sha256(payload) })}\n${payload}`;
}

export interface ReadSaved {
  saved?: SavedClauses;
  /** The file hash matched: every document can be reused as saved. */
  intact: boolean;
}

/** Reads clauses.json; whatever fails its hashes is left out, with one notice. */
export async function readSaved(dir: string, notices: string[]): Promise<ReadSaved> {
  const path = join(dir, CLAUSES_FILE);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    // Missing: a first build. Not a regular file (a folder in the way): the save will say so.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && !(error instanceof Error && /not a regular file/.test(error.message))) {
      notices.push(`The saved index ${path} could not be read (${code ?? (error as Error).message}): rebuilt it from the corpus.`);
    }
    return { intact: false };
  }
  const newline = bytes.indexOf(0x0a);
  const header = Header.safeParse(parseJson(bytes.subarray(0, Math.max(0, newline)).toString('utf8')));
  if (newline < 0 || !header.success) {
    notices.push(`The saved index ${path} was damaged or from another version: rebuilt it from the corpus.`);
    return { intact: false };
  }
  const payload = bytes.subarray(newline + 1);
  const parsed = Payload.safeParse(parseJson(payload.toString('utf8')));
  if (sha256(payload) === header.data.sha256 && parsed.success) return { saved: parsed.data, intact: true };
  const kept = parsed.success ? salvage(parsed.data) : undefined;
  const lost = parsed.success ? parsed.data.docs.length - (kept?.docs.length ?? 0) : 'all';
  notices.push(`The saved index ${path} did not match its checksum (edited or damaged): ${lost} document(s) re-parsed from the corpus.`);
  return { saved: kept, intact: false };
}

/** The documents whose clauses still match their own hash. */
function salvage(saved: SavedClauses): SavedClauses {
  const byDoc = new Map<string, Clause[]>();
  for (const c of saved.clauses) {
    const list = byDoc.get(c.docId);
    if (list) list.push(c);
    else byDoc.set(c.docId, [c]);
  }
  const docs = saved.docs.filter((d) => clausesHash(byDoc.get(d.meta.id) ?? []) === d.clausesHash);
  const ids = new Set(docs.map((d) => d.meta.id));
  return { ...saved, docs, clauses: saved.clauses.filter((c) => ids.has(c.docId)) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
