/**
 * The saved dense side of the index: an embedding per clause content,
 * cached by model, and the vector graph over them. A changed document
 * re-embeds only its own clauses; the graph keeps a stable label per clause
 * content, so a change marks the old vectors deleted and adds the new ones
 * instead of rebuilding. Once deleted vectors pass a third of the graph, it
 * is rebuilt to reclaim them.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256, writeAtomic } from '../storage.ts';
import type { Clause, Progress } from '../types.ts';
import type { Embedder } from './embedder.ts';
import type { VectorIndex, VectorIndexFactory } from './vector-index.ts';

const VectorsMeta = z.object({
  modelId: z.string(),
  dimensions: z.number(),
  corpusHash: z.string(),
  keys: z.array(z.string()),
  /** Graph label of each key's vector. */
  labels: z.array(z.number().int()),
  deleted: z.number().int(),
  graphHash: z.string(),
});
type VectorCache = z.infer<typeof VectorsMeta> & { vectors: Float32Array[]; nextLabel: number };

export interface VectorStoreOptions {
  indexDir: string;
  embedder: Embedder;
  factory: VectorIndexFactory;
  clauses: readonly Clause[];
  corpusHash: string;
  notices: string[];
  onProgress?: (p: Progress) => void;
}

export interface OpenedVectors {
  index: VectorIndex;
  /** Graph label of each clause's vector (clause index → label). */
  labels: number[];
  /** Clauses embedded in this call (not found in the cache). */
  embedded: number;
}

const GRAPH_FILE = 'vectors.hnsw';
const EMBED_BATCH = 32;

/** Opens the vector graph for the clauses, embedding and updating what changed. */
export async function openVectorStore(options: VectorStoreOptions): Promise<OpenedVectors> {
  const { indexDir: dir, embedder, clauses, notices } = options;
  const keys = contentKeys(embedder, clauses);
  const cache = await readVectorCache(dir, embedder, notices);
  const graphPath = join(dir, GRAPH_FILE);
  const graph = cache ? await readGraph(graphPath, options, cache, notices) : undefined;
  if (graph && cache && cache.keys.length === keys.length && cache.keys.every((k, i) => k === keys[i])) {
    return { index: graph, labels: cache.labels, embedded: 0 };
  }
  const { ordered, embedded } = await embedMissing(options, keys, cache);
  const { index, labels } = updateGraph(options, keys, ordered, cache, graph);
  await index.save(graphPath + '.tmp');
  const graphHash = sha256(await readFile(graphPath + '.tmp'));
  await rename(graphPath + '.tmp', graphPath);
  const meta = { keys, labels, corpusHash: options.corpusHash, graphHash, deleted: index.deletedCount };
  await writeVectorCache(dir, embedder, ordered, meta);
  return { index, labels, embedded };
}

/** Vectors for every clause in order, from the cache where the content is known. */
async function embedMissing(options: VectorStoreOptions, keys: string[], cache?: VectorCache) {
  const cached = new Map<string, Float32Array>();
  cache?.keys.forEach((k, i) => cached.set(k, cache.vectors[i]));
  const missing = options.clauses.map((c, i) => ({ c, i })).filter(({ i }) => !cached.has(keys[i]));
  for (let start = 0; start < missing.length; start += EMBED_BATCH) {
    const slice = missing.slice(start, start + EMBED_BATCH);
    const texts = slice.map(({ c }) => `${c.context.split('\n').slice(-2).join(' ')}\n${c.text}`);
    const vectors = await options.embedder.embed(texts, 'passage');
    slice.forEach(({ i }, j) => cached.set(keys[i], vectors[j]));
    options.onProgress?.({ phase: 'embed', done: Math.min(start + EMBED_BATCH, missing.length), total: missing.length });
  }
  return { ordered: keys.map((k) => cached.get(k)!), embedded: missing.length };
}

/** The saved graph with gone vectors removed and new ones added, or a new graph when too much is deleted. */
function updateGraph(options: VectorStoreOptions, keys: string[], ordered: Float32Array[], cache?: VectorCache, graph?: VectorIndex) {
  const oldLabels = new Map(cache?.keys.map((k, i) => [k, cache.labels[i]]) ?? []);
  const current = new Set(keys);
  const gone = cache ? cache.keys.filter((k) => !current.has(k)) : [];
  if (graph && cache && (graph.deletedCount + gone.length) * 3 < keys.length) {
    for (const key of gone) graph.remove(oldLabels.get(key)!);
    let next = cache.nextLabel;
    const labels = keys.map((key, i) => {
      const old = oldLabels.get(key);
      if (old !== undefined) return old;
      graph.add(ordered[i], next);
      return next++;
    });
    return { index: graph, labels };
  }
  const index = options.factory.create(options.embedder.dimensions, ordered.length);
  index.addAll(ordered);
  return { index, labels: keys.map((_, i) => i) };
}

/** One key per clause content; a second identical clause gets "#2" so every clause has its own vector label. */
function contentKeys(embedder: Embedder, clauses: readonly Clause[]): string[] {
  const seen = new Map<string, number>();
  return clauses.map((c) => {
    const key = sha256(`${embedder.modelId}\n${c.context}\n${c.text}`).slice(0, 24);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/** hnswlib aborts the process on a corrupt file, so the graph is checked against its hash before reading. */
async function readGraph(path: string, options: VectorStoreOptions, cache: VectorCache, notices: string[]): Promise<VectorIndex | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  if (bytes && cache.graphHash === sha256(bytes)) {
    try {
      return await options.factory.read(path, options.embedder.dimensions, cache.deleted);
    } catch {
      // fall through: rebuilt from the cached embeddings
    }
  }
  notices.push('The saved vector graph was missing or damaged: rebuilt it from cached embeddings.');
  return undefined;
}

async function readVectorCache(dir: string, embedder: Embedder, notices: string[]): Promise<VectorCache | undefined> {
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
  vectors: Float32Array[],
  meta: { keys: string[]; labels: number[]; corpusHash: string; graphHash: string; deleted: number },
): Promise<void> {
  const all = new Float32Array(vectors.length * embedder.dimensions);
  vectors.forEach((vector, i) => all.set(vector, i * embedder.dimensions));
  await writeAtomic(join(dir, 'vectors.f32'), Buffer.from(all.buffer));
  await writeAtomic(join(dir, 'vectors.json'), JSON.stringify({ modelId: embedder.modelId, dimensions: embedder.dimensions, ...meta }));
}
