/**
 * The saved dense side of the index: an embedding per clause content,
 * cached by model, and the vector graph over them. A changed document
 * re-embeds only its own clauses; the graph keeps a stable label per clause
 * content, so a change marks the old vectors deleted and adds the new ones
 * instead of rebuilding. Once deleted vectors pass a third of the graph, it
 * is rebuilt to reclaim them.
 *
 * On disk, each build writes a new generation (`vectors-<gen>.f32`,
 * `vectors-<gen>.hnsw`, names no other build uses) and then swaps the pointer
 * `vectors.json` atomically; the pointer carries both files' sha256. Readers
 * never see half a build: they follow the pointer, check the hashes, and
 * follow it again if a newer build removed the generation they were reading.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IndexSaver } from '../index-folder.ts';
import { isUnwritable, readRegularFile, sha256 } from '../storage.ts';
import type { Clause, Progress } from '../types.ts';
import type { Embedder } from './embedder.ts';
import type { VectorIndex, VectorIndexFactory } from './vector-index.ts';
import { readVectorCache, POINTER_FILE, type VectorCache } from './vector-cache.ts';

export interface VectorStoreOptions {
  indexDir: string;
  embedder: Embedder;
  factory: VectorIndexFactory;
  clauses: readonly Clause[];
  corpusHash: string;
  notices: string[];
  onProgress?: (p: Progress) => void;
  /** Where writes go (under the build lock); a saver of its own when absent (scripts, tests). */
  saver?: IndexSaver;
  /** Ignore the saved vectors and graph: embed and build everything again. */
  rebuild?: boolean;
  /** Only open what is saved: undefined when anything would have to be embedded or written. */
  readOnly?: boolean;
}

export interface OpenedVectors {
  index: VectorIndex;
  /** Graph label of each clause's vector (clause index → label). */
  labels: number[];
  /** Clauses embedded in this call (not found in the cache). */
  embedded: number;
}

const EMBED_BATCH = 32;

/** Opens the vector graph for the clauses, embedding and updating what changed. */
export async function openVectorStore(options: VectorStoreOptions & { readOnly: true }): Promise<OpenedVectors | undefined>;
export async function openVectorStore(options: VectorStoreOptions): Promise<OpenedVectors>;
export async function openVectorStore(options: VectorStoreOptions): Promise<OpenedVectors | undefined> {
  const { indexDir: dir, embedder, clauses, notices } = options;
  const keys = contentKeys(embedder, clauses);
  const cache = options.rebuild ? undefined : await readVectorCache(dir, embedder, options.readOnly ? [] : notices);
  const graph = cache ? await readGraph(options, cache, options.readOnly ? [] : notices) : undefined;
  if (graph && cache && cache.keys.length === keys.length && cache.keys.every((k, i) => k === keys[i])) {
    return { index: graph, labels: cache.labels, embedded: 0 };
  }
  if (options.readOnly) return undefined;
  const { ordered, embedded } = await embedMissing(options, keys, cache);
  const { index, labels } = updateGraph(options, keys, ordered, cache, graph);
  const saver = options.saver ?? new IndexSaver(dir, notices);
  await saveGeneration(saver, options, index, ordered, { keys, labels });
  return { index, labels, embedded };
}

/** Writes a new generation, swaps the pointer to it, and removes generations older than the previous one. */
async function saveGeneration(
  saver: IndexSaver,
  options: VectorStoreOptions,
  index: VectorIndex,
  vectors: Float32Array[],
  meta: { keys: string[]; labels: number[] },
): Promise<void> {
  const { embedder } = options;
  if (!saver.writable) return;
  const previous = (await readVectorCache(options.indexDir, embedder, []))?.generation;
  const generation = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const all = new Float32Array(vectors.length * embedder.dimensions);
  vectors.forEach((vector, i) => all.set(vector, i * embedder.dimensions));
  const vectorBytes = Buffer.from(all.buffer);
  if (!(await saver.save(`vectors-${generation}.f32`, vectorBytes))) return;
  const graphPath = join(options.indexDir, `vectors-${generation}.hnsw`);
  try {
    await index.save(graphPath);
  } catch (error) {
    if (!isUnwritable(error)) throw error;
    return saver.refuse(error, graphPath);
  }
  const graphHash = await readRegularFile(graphPath).then(sha256, () => '');
  const pointer = { modelId: embedder.modelId, dimensions: embedder.dimensions, corpusHash: options.corpusHash, ...meta };
  const saved = { ...pointer, generation, deleted: index.deletedCount, graphHash, vectorsHash: sha256(vectorBytes) };
  if (await saver.save(POINTER_FILE, JSON.stringify(saved))) await removeOldGenerations(options.indexDir, [generation, previous]);
}

/** A reader may still be opening the previous generation: it is kept until the next build. */
async function removeOldGenerations(dir: string, keep: Array<string | undefined>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const kept = (n: string) => keep.some((g) => g && n.startsWith(`vectors-${g}.`));
  const old = names.filter((n) => /^vectors(?:-[\w-]+)?\.(?:f32|hnsw)(?:\.tmp)?$/.test(n) && !kept(n));
  await Promise.all(old.map((n) => rm(join(dir, n), { force: true })));
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
async function readGraph(options: VectorStoreOptions, cache: VectorCache, notices: string[]): Promise<VectorIndex | undefined> {
  const path = join(options.indexDir, `vectors-${cache.generation}.hnsw`);
  const bytes = await readRegularFile(path).catch(() => undefined);
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
