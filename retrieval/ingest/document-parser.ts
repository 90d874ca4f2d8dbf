/**
 * One document at a time: reuse its saved clauses when its bytes are
 * unchanged, otherwise extract, parse, split oversized clauses and flag
 * planted instructions; when it cannot be read, fall back to its last good
 * version (the saved store, then the last-good cache) with a notice.
 */
import { asCodedError, CodedError, ErrorCode } from '../errors.ts';
import type { IndexSaver } from '../index-folder.ts';
import type { Clause } from '../types.ts';
import { detectMeta, type CorpusFile } from './corpus.ts';
import { extractText } from './extract-text.ts';
import { readLastGood, saveLastGood } from './last-good.ts';
import { PARSER_VERSION, parseItuText } from './parse/itu-parser.ts';
import { DETECTOR_VERSION, detectPlanted } from './planted-instructions.ts';
import { clausesHash, type SavedClauses, type StoredDocument } from './saved-clauses.ts';
import { splitOversized } from './split-oversized.ts';

export class DocumentParser {
  readonly docs: StoredDocument[] = [];
  readonly clauses: Clause[] = [];
  readonly reparsed: string[] = [];
  private readonly usedIds = new Set<string>();
  private readonly oldByFile: Map<string, StoredDocument>;
  /** Saved clauses grouped by document once: reusing a document is a lookup, not a scan of every clause. */
  private readonly oldClauses = new Map<string, Clause[]>();
  private readonly reflag: boolean;

  constructor(
    saved: SavedClauses | undefined,
    private readonly indexDir: string,
    private readonly saver: IndexSaver,
    private readonly notices: string[],
  ) {
    this.oldByFile = new Map(saved?.docs.map((d) => [d.file, d]) ?? []);
    this.reflag = saved !== undefined && saved.detectorVersion !== DETECTOR_VERSION;
    for (const c of saved?.clauses ?? []) {
      const list = this.oldClauses.get(c.docId);
      if (list) list.push(c);
      else this.oldClauses.set(c.docId, [c]);
    }
  }

  async add(file: CorpusFile, hash: string): Promise<void> {
    const old = this.oldByFile.get(file.file);
    if (old && old.hash === hash) return this.keep(old, this.oldClauses.get(old.meta.id) ?? []);
    try {
      const text = await extractText(file.path);
      const meta = uniqueId(file.meta ?? detectMeta(file.file, text), this.usedIds);
      const clauses = splitOversized(parseItuText(text, meta));
      const doc: StoredDocument = { meta, file: file.file, hash, clausesHash: clausesHash(clauses), flagged: flagsOf(clauses) };
      this.docs.push(doc);
      this.clauses.push(...clauses);
      this.reparsed.push(meta.id);
      await saveLastGood(this.saver, doc, clauses, PARSER_VERSION);
    } catch (error) {
      this.notices.push(asCodedError(error).message);
      await this.fallBack(file, old);
    }
  }

  /** No document could be read: an error with the first reason, not an index that answers nothing. */
  failNoDocument(corpusDir: string): never {
    const first = this.notices.find((n) => n.startsWith('Skipped')) ?? 'no document could be read';
    throw new CodedError(ErrorCode.CorpusEmpty, `Nothing could be indexed from ${corpusDir}: ${first}`);
  }

  /** Keep what was indexed from the last good version rather than lose the document. */
  private async fallBack(file: CorpusFile, old: StoredDocument | undefined): Promise<void> {
    if (old) {
      this.notices.push(`Kept the previously indexed version of ${file.file}.`);
      return this.keep(old, this.oldClauses.get(old.meta.id) ?? []);
    }
    const lastGood = await readLastGood(this.indexDir, file.file);
    if (!lastGood || this.usedIds.has(lastGood.doc.meta.id)) return;
    this.notices.push(`Kept the last good version of ${file.file} (parsed ${lastGood.savedAt.slice(0, 10)}).`);
    this.keep(lastGood.doc, lastGood.clauses);
  }

  private keep(doc: StoredDocument, clauses: Clause[]): void {
    this.docs.push(this.reflag ? { ...doc, flagged: flagsOf(clauses) } : doc);
    this.usedIds.add(doc.meta.id);
    for (const c of clauses) this.clauses.push(c);
  }
}

/** Planted instructions among a document's clauses: clause id → reason. */
function flagsOf(clauses: readonly Clause[]): Record<string, string> {
  const flagged: Record<string, string> = {};
  for (const c of clauses) {
    const reason = detectPlanted(c.text);
    if (reason) flagged[c.id] = reason;
  }
  return flagged;
}

/** Two files without manifest entries may slug to the same id: suffix the later one. */
function uniqueId<T extends { id: string }>(meta: T, used: Set<string>): T {
  let id = meta.id;
  for (let n = 2; used.has(id); n += 1) id = `${meta.id}-${n}`;
  used.add(id);
  return id === meta.id ? meta : { ...meta, id };
}
