/**
 * The saved index: clauses, the embedding cache and the HNSW graph, with the
 * versions they were built with. Rebuilds what changed (content hashes),
 * rebuilds everything when versions differ, and rebuilds instead of failing
 * when a file is damaged.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { detectMeta, scanCorpus } from './corpus.ts';
import type { Embedder } from './embedder.ts';
import { asCodedError } from './errors.ts';
import { extractText } from './extract/extract-text.ts';
import { HnswIndex } from './hnsw-index.ts';
import { PARSER_VERSION, parseItuText } from './parse/itu-parser.ts';
import type { Clause, DocumentMeta } from './types.ts';

const SCHEMA_VERSION = 1;

const StoredDoc = z.object({ meta: z.custom<DocumentMeta>((v) => typeof v === 'object' && v !== null), file: z.string(), hash: z.string() });
const Stored = z.object({
  schema: z.literal(SCHEMA_VERSION),
  parserVersion: z.number(),
  corpusHash: z.string(),
  docs: z.array(StoredDoc),
  clauses: z.array(z.custom<Clause>((v) => typeof v === 'object' && v !== null && typeof (v as Clause).id === 'string')),
});
type StoredIndex = z.infer<typeof Stored>;

const VectorsMeta = z.object({
  modelId: z.string(),
  dimensions: z.number(),
  corpusHash: z.string(),
  keys: z.array(z.string()),
  /** HNSW label of each key's vector. */
  labels: z.array(z.number().int()),
  deleted: z.number().int(),
  graphHash: z.string(),
});

export interface Progress {
  phase: 'parse' | 'embed';
  done: number;
  total: number;
}

export interface BuildOptions {
  corpusDir: string;
  indexDir: string;
  embedder?: Embedder;
  onProgress?: (p: Progress) => void;
}

export interface LoadedIndex {
  docs: DocumentMeta[];
  clauses: Clause[];
  vectors?: HnswIndex;
  /** HNSW label of each clause's vector (clause index → label). */
  vectorLabels?: number[];
  corpusHash: string;
  notices: string[];
  /** Documents whose clauses were parsed again in this call (incremental indexing). */
  reparsed: string[];
  embedded: number;
}

/** Opens the index for a corpus, building or updating it as needed. */
export async function openIndex(options: BuildOptions): Promise<LoadedIndex> {
  const notices: string[] = [];
  await mkdir(options.indexDir, { recursive: true });
  const files = await scanCorpus(options.corpusDir);
  const previous = await readStored(join(options.indexDir, 'clauses.json'), notices);
  const reusable = previous && previous.parserVersion === PARSER_VERSION ? previous : undefined;
  const oldByFile = new Map(reusable?.docs.map((d) => [d.file, d]) ?? []);
  const docs: Array<{ meta: DocumentMeta; file: string; hash: string }> = [];
  const clauses: Clause[] = [];
  // Saved clauses grouped by document once: reusing a document is then a lookup, not a scan of every clause.
  const oldClauses = new Map<string, Clause[]>();
  for (const c of reusable?.clauses ?? []) {
    const list = oldClauses.get(c.docId);
    if (list) list.push(c);
    else oldClauses.set(c.docId, [c]);
  }
  const keep = (docId: string) => {
    for (const c of oldClauses.get(docId) ?? []) clauses.push(c);
  };

  const reparsed: string[] = [];
  const usedIds = new Set<string>();
  let done = 0;
  for (const file of files) {
    const hash = sha256(file.hash + JSON.stringify(file.meta ?? null));
    const old = oldByFile.get(file.file);
    if (old && old.hash === hash) {
      docs.push(old);
      usedIds.add(old.meta.id);
      keep(old.meta.id);
    } else {
      try {
        const text = await extractText(file.path);
        const meta = uniqueId(file.meta ?? detectMeta(file.file, text), usedIds);
        const parsed = parseItuText(text, meta);
        docs.push({ meta, file: file.file, hash });
        clauses.push(...parsed);
        reparsed.push(meta.id);
      } catch (error) {
        notices.push(asCodedError(error).message);
        if (old) {
          // Keep what was indexed from the last good version rather than lose it.
          notices.push(`Kept the previously indexed version of ${file.file}.`);
          docs.push(old);
          keep(old.meta.id);
        }
      }
    }
    options.onProgress?.({ phase: 'parse', done: ++done, total: files.length });
  }

  const corpusHash = sha256(PARSER_VERSION + docs.map((d) => d.hash).join());
  if (!previous || previous.corpusHash !== corpusHash || previous.parserVersion !== PARSER_VERSION) {
    const stored: StoredIndex = { schema: SCHEMA_VERSION, parserVersion: PARSER_VERSION, corpusHash, docs, clauses };
    await writeAtomic(join(options.indexDir, 'clauses.json'), JSON.stringify(stored));
  }

  let vectors: HnswIndex | undefined;
  let vectorLabels: number[] | undefined;
  let embedded = 0;
  if (options.embedder) {
    const result = await openVectors(options.indexDir, options.embedder, clauses, corpusHash, notices, options.onProgress);
    vectors = result.index;
    vectorLabels = result.labels;
    embedded = result.embedded;
  }
  return { docs: docs.map((d) => d.meta), clauses, vectors, vectorLabels, corpusHash, notices, reparsed, embedded };
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

/**
 * Embeddings are cached per clause content (text + context) and model, so a
 * changed document re-embeds only its own clauses. The HNSW graph keeps a
 * stable label per clause content: a change marks the old clauses' vectors
 * deleted and adds the new ones, instead of rebuilding the graph; once
 * deleted vectors pass a third of the graph, it is rebuilt to reclaim them.
 */
async function openVectors(
  dir: string,
  embedder: Embedder,
  clauses: Clause[],
  corpusHash: string,
  notices: string[],
  onProgress?: (p: Progress) => void,
): Promise<{ index: HnswIndex; labels: number[]; embedded: number }> {
  const keys = contentKeys(embedder, clauses);
  const cache = await readVectorCache(dir, embedder, notices);
  const graphPath = join(dir, 'vectors.hnsw');
  const graph = cache ? await readGraph(graphPath, embedder, cache, notices) : undefined;
  if (graph && cache && cache.keys.length === keys.length && cache.keys.every((k, i) => k === keys[i])) {
    return { index: graph, labels: cache.labels, embedded: 0 };
  }

  const cached = new Map<string, Float32Array>();
  cache?.keys.forEach((k, i) => cached.set(k, cache.vectors[i]));
  const missing = clauses.map((c, i) => ({ c, i })).filter(({ i }) => !cached.has(keys[i]));
  const batch = 32;
  for (let start = 0; start < missing.length; start += batch) {
    const slice = missing.slice(start, start + batch);
    const vectors = await embedder.embed(slice.map(({ c }) => `${c.context.split('\n').slice(-2).join(' ')}\n${c.text}`), 'passage');
    slice.forEach(({ i }, j) => cached.set(keys[i], vectors[j]));
    onProgress?.({ phase: 'embed', done: Math.min(start + batch, missing.length), total: missing.length });
  }
  const ordered = keys.map((k) => cached.get(k)!);

  let index: HnswIndex;
  let labels: number[];
  const oldLabels = new Map(cache?.keys.map((k, i) => [k, cache.labels[i]]) ?? []);
  const current = new Set(keys);
  const gone = cache ? cache.keys.filter((k) => !current.has(k)) : [];
  if (graph && (graph.deletedCount + gone.length) * 3 < keys.length) {
    index = graph;
    for (const key of gone) index.remove(oldLabels.get(key)!);
    let next = cache!.nextLabel;
    labels = keys.map((key, i) => {
      const old = oldLabels.get(key);
      if (old !== undefined) return old;
      index.add(ordered[i], next);
      return next++;
    });
  } else {
    index = new HnswIndex(embedder.dimensions, ordered.length);
    index.addAll(ordered);
    labels = keys.map((_, i) => i);
  }
  await index.save(graphPath + '.tmp');
  const graphHash = sha256Bytes(await readFile(graphPath + '.tmp'));
  await rename(graphPath + '.tmp', graphPath);
  await writeVectorCache(dir, embedder, { keys, vectors: ordered, labels, corpusHash, graphHash, deleted: index.deletedCount });
  return { index, labels, embedded: missing.length };
}

/** One key per clause content; a second identical clause gets "#2" so every clause has its own vector label. */
function contentKeys(embedder: Embedder, clauses: Clause[]): string[] {
  const seen = new Map<string, number>();
  return clauses.map((c) => {
    const key = sha256(`${embedder.modelId}\n${c.context}\n${c.text}`).slice(0, 24);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/** hnswlib aborts the process on a corrupt file, so the graph is checked against its hash before reading. */
async function readGraph(path: string, embedder: Embedder, cache: { graphHash?: string; deleted: number }, notices: string[]): Promise<HnswIndex | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  if (bytes && cache.graphHash === sha256Bytes(bytes)) {
    try {
      return await HnswIndex.read(path, embedder.dimensions, cache.deleted);
    } catch {
      // fall through: rebuilt from the cached embeddings
    }
  }
  notices.push('The saved vector graph was missing or damaged: rebuilt it from cached embeddings.');
  return undefined;
}

async function readVectorCache(dir: string, embedder: Embedder, notices: string[]) {
  try {
    const meta = VectorsMeta.parse(JSON.parse(await readFile(join(dir, 'vectors.json'), 'utf8')));
    if (meta.modelId !== embedder.modelId || meta.dimensions !== embedder.dimensions) return undefined;
    const bytes = await readFile(join(dir, 'vectors.f32'));
    if (bytes.byteLength !== meta.keys.length * meta.dimensions * 4) throw new Error('size mismatch');
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const vectors = meta.keys.map((_, i) => all.slice(i * meta.dimensions, (i + 1) * meta.dimensions));
    // Labels are handed out in sequence and never reused: live plus deleted is the next free one.
    return { ...meta, vectors, nextLabel: meta.labels.length + meta.deleted };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') notices.push('The embedding cache was damaged: re-embedding the corpus.');
    return undefined;
  }
}

async function writeVectorCache(
  dir: string,
  embedder: Embedder,
  v: { keys: string[]; vectors: Float32Array[]; labels: number[]; corpusHash: string; graphHash: string; deleted: number },
) {
  const all = new Float32Array(v.vectors.length * embedder.dimensions);
  v.vectors.forEach((vector, i) => all.set(vector, i * embedder.dimensions));
  await writeAtomic(join(dir, 'vectors.f32'), Buffer.from(all.buffer));
  const meta = { modelId: embedder.modelId, dimensions: embedder.dimensions, corpusHash: v.corpusHash, keys: v.keys, labels: v.labels, deleted: v.deleted, graphHash: v.graphHash };
  await writeAtomic(join(dir, 'vectors.json'), JSON.stringify(meta));
}

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function clearIndex(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

function sha256Bytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Two files without manifest entries may slug to the same id: suffix the later one. */
function uniqueId(meta: DocumentMeta, used: Set<string>): DocumentMeta {
  let id = meta.id;
  for (let n = 2; used.has(id); n += 1) id = `${meta.id}-${n}`;
  used.add(id);
  return id === meta.id ? meta : { ...meta, id };
}
