/**
 * Ingestion: the corpus folder becomes citable clauses, saved with the
 * versions they were built with. Planning reads only (corpus hashes, the
 * saved clause store and its checksums) and says whether the saved store is
 * current; running parses what changed and saves through an IndexSaver, which
 * the caller holds under the build lock. A document that fails to parse
 * keeps its last good version, from the store or from the last-good cache.
 */
import { IndexSaver } from '../index-folder.ts';
import { sha256 } from '../storage.ts';
import type { Clause, DocumentMeta, Progress } from '../types.ts';
import { scanCorpus, type CorpusFile } from './corpus.ts';
import { DocumentParser } from './document-parser.ts';
import { PARSER_VERSION } from './parse/itu-parser.ts';
import { DETECTOR_VERSION } from './planted-instructions.ts';
import { CLAUSES_FILE, readSaved, serializeSaved, type SavedClauses, type StoredDocument } from './saved-clauses.ts';

export interface IngestOptions {
  corpusDir: string;
  indexDir: string;
  /** Ignore the saved clause store (the last-good cache still serves documents that fail to parse). */
  rebuild?: boolean;
  onProgress?: (p: Progress) => void;
}

export interface IngestedCorpus {
  docs: DocumentMeta[];
  clauses: Clause[];
  /** Clause id → why it is a planted instruction (never evidence). */
  flagged: Map<string, string>;
  /** Changes whenever any document's clauses may have changed: what the vector store is keyed on. */
  corpusHash: string;
  notices: string[];
  /** Documents whose clauses were parsed again in this call. */
  reparsed: string[];
}

/** What a read of the corpus and the saved store found, before any parsing or writing. */
export interface IngestPlan {
  options: IngestOptions;
  files: CorpusFile[];
  /** The saved store where it can be reused (versions match, hashes hold). */
  saved?: SavedClauses;
  /** The saved store is exactly what ingestion would produce: nothing to parse or write. */
  current: boolean;
  notices: string[];
}

export async function planIngest(options: IngestOptions): Promise<IngestPlan> {
  const notices: string[] = [];
  const files = await scanCorpus(options.corpusDir, notices);
  if (options.rebuild) return { options, files, current: false, notices };
  const { saved, intact } = await readSaved(options.indexDir, notices);
  const reusable = saved && saved.parserVersion === PARSER_VERSION ? saved : undefined;
  const byFile = new Map(reusable?.docs.map((d) => [d.file, d]) ?? []);
  const unchanged = files.every((f) => byFile.get(f.file)?.hash === documentHash(f));
  const sameSet = reusable?.docs.length === files.length && reusable.detectorVersion === DETECTOR_VERSION;
  const current = Boolean(intact && reusable && unchanged && sameSet);
  return { options, files, saved: reusable, current, notices };
}

/** The clauses of a current plan, straight from the saved store. */
export function ingestedFromSaved(plan: IngestPlan): IngestedCorpus {
  const saved = plan.saved!;
  const flagged = new Map(saved.docs.flatMap((d) => Object.entries(d.flagged)));
  const docs = saved.docs.map((d) => d.meta);
  return { docs, clauses: saved.clauses, flagged, corpusHash: saved.corpusHash, notices: plan.notices, reparsed: [] };
}

/** Parses what changed and saves the result (and each new parse's last-good copy) through the saver. */
export async function runIngest(plan: IngestPlan, saver: IndexSaver): Promise<IngestedCorpus> {
  const { options, files, notices } = plan;
  const parser = new DocumentParser(plan.saved, options.indexDir, saver, notices);
  let done = 0;
  for (const file of files) {
    await parser.add(file, documentHash(file));
    options.onProgress?.({ phase: 'parse', done: ++done, total: files.length });
  }
  const { docs, clauses, reparsed } = parser;
  if (!docs.length) parser.failNoDocument(options.corpusDir);
  const corpusHash = sha256(`${PARSER_VERSION}:${docs.map((d) => d.hash).join()}`);
  const flagged = new Map(docs.flatMap((d) => Object.entries(d.flagged)));
  const saved: SavedClauses = { parserVersion: PARSER_VERSION, detectorVersion: DETECTOR_VERSION, corpusHash, docs, clauses };
  if (!plan.saved || !sameStore(plan.saved, saved) || options.rebuild) await saver.save(CLAUSES_FILE, serializeSaved(saved));
  return { docs: docs.map((d: StoredDocument) => d.meta), clauses, flagged, corpusHash, notices, reparsed };
}

/**
 * Reads the saved clauses and brings them up to date with the corpus folder,
 * saving directly (no build lock): for scripts and tests. The product opens
 * the index through openIndex, which plans first and builds under the lock.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestedCorpus> {
  const plan = await planIngest(options);
  if (plan.current) return ingestedFromSaved(plan);
  return runIngest(plan, new IndexSaver(options.indexDir, plan.notices));
}

/** What incremental indexing compares: the file's bytes and its manifest entry. */
function documentHash(file: CorpusFile): string {
  return sha256(file.hash + JSON.stringify(file.meta ?? null));
}

function sameStore(a: SavedClauses, b: SavedClauses): boolean {
  if (a.corpusHash !== b.corpusHash || a.detectorVersion !== b.detectorVersion || a.docs.length !== b.docs.length) return false;
  return a.docs.every((d, i) => d.file === b.docs[i].file && d.clausesHash === b.docs[i].clausesHash);
}
