/**
 * Ingestion: the corpus folder becomes citable clauses, saved with the
 * versions they were built with. Only documents whose bytes (or manifest
 * entry) changed are extracted and parsed again; a damaged or outdated save
 * is rebuilt; a document that fails to parse keeps its last good version.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { asCodedError } from '../errors.ts';
import { sha256, writeAtomic } from '../storage.ts';
import type { Clause, DocumentMeta, Progress } from '../types.ts';
import { detectMeta, scanCorpus, type CorpusFile } from './corpus.ts';
import { extractText } from './extract-text.ts';
import { PARSER_VERSION, parseItuText } from './parse/itu-parser.ts';

const SCHEMA_VERSION = 1;
const CLAUSES_FILE = 'clauses.json';

const StoredDoc = z.object({ meta: z.custom<DocumentMeta>((v) => typeof v === 'object' && v !== null), file: z.string(), hash: z.string() });
const Stored = z.object({
  schema: z.literal(SCHEMA_VERSION),
  parserVersion: z.number(),
  corpusHash: z.string(),
  docs: z.array(StoredDoc),
  clauses: z.array(z.custom<Clause>((v) => typeof v === 'object' && v !== null && typeof (v as Clause).id === 'string')),
});
type StoredIndex = z.infer<typeof Stored>;
type StoredDocument = z.infer<typeof StoredDoc>;

export interface IngestOptions {
  corpusDir: string;
  indexDir: string;
  onProgress?: (p: Progress) => void;
}

export interface IngestedCorpus {
  docs: DocumentMeta[];
  clauses: Clause[];
  /** Changes whenever any document's clauses may have changed: what the vector store is keyed on. */
  corpusHash: string;
  notices: string[];
  /** Documents whose clauses were parsed again in this call. */
  reparsed: string[];
}

/** Reads the saved clauses and brings them up to date with the corpus folder. */
export async function ingestCorpus(options: IngestOptions): Promise<IngestedCorpus> {
  const notices: string[] = [];
  await mkdir(options.indexDir, { recursive: true });
  const files = await scanCorpus(options.corpusDir);
  const previous = await readStored(join(options.indexDir, CLAUSES_FILE), notices);
  const reusable = previous && previous.parserVersion === PARSER_VERSION ? previous : undefined;
  const state = new IngestState(reusable, notices);
  let done = 0;
  for (const file of files) {
    await state.add(file);
    options.onProgress?.({ phase: 'parse', done: ++done, total: files.length });
  }
  const { docs, clauses, reparsed } = state;
  const corpusHash = sha256(PARSER_VERSION + docs.map((d) => d.hash).join());
  if (!previous || previous.corpusHash !== corpusHash || previous.parserVersion !== PARSER_VERSION) {
    const stored: StoredIndex = { schema: SCHEMA_VERSION, parserVersion: PARSER_VERSION, corpusHash, docs, clauses };
    await writeAtomic(join(options.indexDir, CLAUSES_FILE), JSON.stringify(stored));
  }
  return { docs: docs.map((d) => d.meta), clauses, corpusHash, notices, reparsed };
}

/** The documents and clauses gathered so far, reusing saved ones where a file is unchanged. */
class IngestState {
  readonly docs: StoredDocument[] = [];
  readonly clauses: Clause[] = [];
  readonly reparsed: string[] = [];
  private readonly usedIds = new Set<string>();
  private readonly oldByFile: Map<string, StoredDocument>;
  /** Saved clauses grouped by document once: reusing a document is a lookup, not a scan of every clause. */
  private readonly oldClauses = new Map<string, Clause[]>();

  constructor(reusable: StoredIndex | undefined, private readonly notices: string[]) {
    this.oldByFile = new Map(reusable?.docs.map((d) => [d.file, d]) ?? []);
    for (const c of reusable?.clauses ?? []) {
      const list = this.oldClauses.get(c.docId);
      if (list) list.push(c);
      else this.oldClauses.set(c.docId, [c]);
    }
  }

  async add(file: CorpusFile): Promise<void> {
    const hash = sha256(file.hash + JSON.stringify(file.meta ?? null));
    const old = this.oldByFile.get(file.file);
    if (old && old.hash === hash) {
      this.keep(old);
      return;
    }
    try {
      const text = await extractText(file.path);
      const meta = uniqueId(file.meta ?? detectMeta(file.file, text), this.usedIds);
      this.docs.push({ meta, file: file.file, hash });
      this.clauses.push(...parseItuText(text, meta));
      this.reparsed.push(meta.id);
    } catch (error) {
      this.notices.push(asCodedError(error).message);
      if (old) {
        // Keep what was indexed from the last good version rather than lose it.
        this.notices.push(`Kept the previously indexed version of ${file.file}.`);
        this.keep(old);
      }
    }
  }

  private keep(old: StoredDocument): void {
    this.docs.push(old);
    this.usedIds.add(old.meta.id);
    for (const c of this.oldClauses.get(old.meta.id) ?? []) this.clauses.push(c);
  }
}

async function readStored(path: string, notices: string[]): Promise<StoredIndex | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = Stored.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: damaged JSON
  }
  notices.push(`The saved index ${path} was damaged or from another version: rebuilt it from the corpus.`);
  return undefined;
}

/** Two files without manifest entries may slug to the same id: suffix the later one. */
function uniqueId(meta: DocumentMeta, used: Set<string>): DocumentMeta {
  let id = meta.id;
  for (let n = 2; used.has(id); n += 1) id = `${meta.id}-${n}`;
  used.add(id);
  return id === meta.id ? meta : { ...meta, id };
}
