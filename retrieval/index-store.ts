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

const VectorsMeta = z.object({ modelId: z.string(), dimensions: z.number(), corpusHash: z.string(), keys: z.array(z.string()), graphHash: z.string().optional() });

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
  const reparsed: string[] = [];
  const usedIds = new Set<string>();
  let done = 0;
  for (const file of files) {
    const hash = sha256(file.hash + JSON.stringify(file.meta ?? null));
    const old = oldByFile.get(file.file);
    if (old && old.hash === hash) {
      docs.push(old);
      usedIds.add(old.meta.id);
      clauses.push(...reusable!.clauses.filter((c) => c.docId === old.meta.id));
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
          clauses.push(...reusable!.clauses.filter((c) => c.docId === old.meta.id));
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
  let embedded = 0;
  if (options.embedder) {
    const result = await openVectors(options.indexDir, options.embedder, clauses, corpusHash, notices, options.onProgress);
    vectors = result.index;
    embedded = result.embedded;
  }
  return { docs: docs.map((d) => d.meta), clauses, vectors, corpusHash, notices, reparsed, embedded };
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
 * changed document re-embeds only its own clauses. The HNSW graph is reloaded
 * when nothing changed and rebuilt from cached vectors otherwise.
 */
async function openVectors(
  dir: string,
  embedder: Embedder,
  clauses: Clause[],
  corpusHash: string,
  notices: string[],
  onProgress?: (p: Progress) => void,
): Promise<{ index: HnswIndex; embedded: number }> {
  const keys = clauses.map((c) => sha256(`${embedder.modelId}\n${c.context}\n${c.text}`).slice(0, 24));
  const cache = await readVectorCache(dir, embedder, notices);
  const graphPath = join(dir, 'vectors.hnsw');
  if (cache && cache.corpusHash === corpusHash && cache.keys.length === keys.length && cache.keys.every((k, i) => k === keys[i])) {
    // hnswlib aborts the process on a corrupt file, so the graph is checked against its hash before reading.
    const bytes = await readFile(graphPath).catch(() => undefined);
    if (bytes && cache.graphHash === sha256Bytes(bytes)) {
      try {
        return { index: await HnswIndex.read(graphPath, embedder.dimensions), embedded: 0 };
      } catch {
        // fall through to a rebuild
      }
    }
    notices.push('The saved vector graph was missing or damaged: rebuilt it from cached embeddings.');
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
  const index = new HnswIndex(embedder.dimensions, ordered.length);
  index.addAll(ordered);
  await index.save(graphPath + '.tmp');
  const graphHash = sha256Bytes(await readFile(graphPath + '.tmp'));
  await rename(graphPath + '.tmp', graphPath);
  await writeVectorCache(dir, embedder, keys, ordered, corpusHash, graphHash);
  return { index, embedded: missing.length };
}

async function readVectorCache(dir: string, embedder: Embedder, notices: string[]) {
  try {
    const meta = VectorsMeta.parse(JSON.parse(await readFile(join(dir, 'vectors.json'), 'utf8')));
    if (meta.modelId !== embedder.modelId || meta.dimensions !== embedder.dimensions) return undefined;
    const bytes = await readFile(join(dir, 'vectors.f32'));
    if (bytes.byteLength !== meta.keys.length * meta.dimensions * 4) throw new Error('size mismatch');
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const vectors = meta.keys.map((_, i) => all.slice(i * meta.dimensions, (i + 1) * meta.dimensions));
    return { ...meta, vectors };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') notices.push('The embedding cache was damaged: re-embedding the corpus.');
    return undefined;
  }
}

async function writeVectorCache(dir: string, embedder: Embedder, keys: string[], vectors: Float32Array[], corpusHash: string, graphHash: string) {
  const all = new Float32Array(vectors.length * embedder.dimensions);
  vectors.forEach((v, i) => all.set(v, i * embedder.dimensions));
  await writeAtomic(join(dir, 'vectors.f32'), Buffer.from(all.buffer));
  await writeAtomic(join(dir, 'vectors.json'), JSON.stringify({ modelId: embedder.modelId, dimensions: embedder.dimensions, corpusHash, keys, graphHash }));
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
