/**
 * Builds the synthetic corpus of one size in memory (generation timed apart
 * from parsing) and writes/reads the saved-index files in the product's
 * layout (clauses.json, vectors.hnsw, vectors.f32, vectors.json), so sizes on
 * disk and load times are the product's.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PARSER_VERSION, parseItuText } from '../../retrieval/ingest/parse/itu-parser.ts';
import type { Clause, DocumentMeta } from '../../retrieval/types.ts';
import { CorpusScaler } from './synth-corpus.ts';
import type { SeedVocabulary } from './seed-vocabulary.ts';

export interface SynthCorpus {
  clauses: Clause[];
  docs: Map<string, DocumentMeta>;
  generateMs: number;
  parseMs: number;
  /** Clauses the parser produced before trimming to the size. */
  parsed: number;
  sourceBytes: number;
}

/** Generates documents until `size` clauses, parses them with the real parser, trims to exactly `size`. */
export function synthCorpus(vocabulary: SeedVocabulary, size: number): SynthCorpus {
  const scaler = new CorpusScaler(vocabulary);
  const clauses: Clause[] = [];
  const docs = new Map<string, DocumentMeta>();
  let generateMs = 0;
  let parseMs = 0;
  let sourceBytes = 0;
  let parsed = 0;
  while (parsed < size) {
    const g = performance.now();
    const doc = scaler.document();
    const p = performance.now();
    const out = parseItuText(doc.text, doc.meta);
    parseMs += performance.now() - p;
    generateMs += p - g;
    sourceBytes += Buffer.byteLength(doc.text);
    docs.set(doc.meta.id, doc.meta);
    parsed += out.length;
    for (const c of out) clauses.push(c);
  }
  clauses.length = size;
  // The last document may have been cut: drop a document left without clauses.
  const last = clauses.at(-1)?.docId;
  for (const id of [...docs.keys()].reverse()) {
    if (id === last) break;
    docs.delete(id);
  }
  return { clauses, docs, generateMs, parseMs, parsed, sourceBytes };
}

/**
 * Above this many clauses the saved clauses are one JSON line each (clauses.jsonl): the product's single
 * clauses.json string would pass V8's string limit (2^29 characters, ~540 MB) near 1M synthetic clauses.
 */
export const JSONL_FROM = 500_000;

/** Writes clauses.json in the product's shape (ingest-corpus.ts), or clauses.jsonl when large; returns its size in bytes. */
export async function saveClauses(dir: string, docs: Map<string, DocumentMeta>, clauses: Clause[]): Promise<number> {
  const stored = [...docs.values()].map((meta) => ({ meta, file: meta.file, hash: 'synthetic' }));
  const header = { schema: 1, parserVersion: PARSER_VERSION, corpusHash: 'synthetic', docs: stored };
  if (clauses.length < JSONL_FROM) {
    const path = join(dir, 'clauses.json');
    await writeFile(path, JSON.stringify({ ...header, clauses }));
    return (await stat(path)).size;
  }
  const path = join(dir, 'clauses.jsonl');
  const out = createWriteStream(path);
  const write = (line: string) => (out.write(line + '\n') ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(JSON.stringify(header));
  for (const c of clauses) await write(JSON.stringify(c));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return (await stat(path)).size;
}

export async function loadClauses(dir: string): Promise<{ docs: DocumentMeta[]; clauses: Clause[] }> {
  if (!existsSync(join(dir, 'clauses.jsonl'))) {
    type Stored = { docs: Array<{ meta: DocumentMeta }>; clauses: Clause[] };
    const stored = JSON.parse(await readFile(join(dir, 'clauses.json'), 'utf8')) as Stored;
    return { docs: stored.docs.map((d) => d.meta), clauses: stored.clauses };
  }
  let docs: DocumentMeta[] = [];
  const clauses: Clause[] = [];
  for await (const line of createInterface({ input: createReadStream(join(dir, 'clauses.jsonl')), crlfDelay: Infinity })) {
    if (!line) continue;
    if (!docs.length) docs = (JSON.parse(line) as { docs: Array<{ meta: DocumentMeta }> }).docs.map((d) => d.meta);
    else clauses.push(JSON.parse(line) as Clause);
  }
  return { docs, clauses };
}

/** The embedding cache as the product stores it: raw float32 rows plus one 24-hex key per clause. */
export async function saveVectorCache(dir: string, vectors: Float32Array[], dimensions: number): Promise<number> {
  // VectorMixture.many returns views of one buffer: write it as is rather than copy 1.5 GB at 1M.
  const shared = vectors.length > 0 && vectors[0].byteOffset === 0 && vectors[0].buffer.byteLength === vectors.length * dimensions * 4;
  let all: Float32Array;
  if (shared) all = new Float32Array(vectors[0].buffer);
  else {
    all = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => all.set(v, i * dimensions));
  }
  await writeFile(join(dir, 'vectors.f32'), Buffer.from(all.buffer, all.byteOffset, all.byteLength));
  const keys = vectors.map((_, i) => i.toString(16).padStart(24, '0'));
  await writeFile(
    join(dir, 'vectors.json'),
    JSON.stringify({ modelId: 'synthetic-mixture', dimensions, corpusHash: 'synthetic', keys, graphHash: 'synthetic' }),
  );
  return (await stat(join(dir, 'vectors.f32'))).size + (await stat(join(dir, 'vectors.json'))).size;
}

export async function saveQueryVectors(dir: string, vectors: Float32Array[], dimensions: number): Promise<void> {
  const all = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, i) => all.set(v, i * dimensions));
  await writeFile(join(dir, 'query-vectors.f32'), Buffer.from(all.buffer));
}

export async function loadQueryVectors(dir: string, dimensions: number): Promise<Float32Array[]> {
  const bytes = await readFile(join(dir, 'query-vectors.f32'));
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return Array.from({ length: all.length / dimensions }, (_, i) => all.slice(i * dimensions, (i + 1) * dimensions));
}
