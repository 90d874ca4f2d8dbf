/**
 * Child process: cold start from a saved synthetic index (`--dir DIR`) to
 * the first answer (read clauses, read the saved BM25 postings and analysed
 * glossary, load the HNSW graph, one `ask`), then lexical-only retrieval
 * latency and hybrid latency with the query embedded by the HashEmbedder and
 * with precomputed query vectors (the index path alone), all on the
 * real-style questions. Writes serve-PID.json (the run repeats it). Its peak
 * RSS is what a server holding this index needs. `--dense off`: lexical only.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Embedder } from '../../retrieval/dense/embedder.ts';
import { AnswerPipeline } from '../../retrieval/answer-pipeline.ts';
import { DenseSearch } from '../../retrieval/dense/dense-search.ts';
import { ClauseList } from '../../retrieval/ingest/clause-store.ts';
import { Bm25Index } from '../../retrieval/lexical/bm25-index.ts';
import { readLexical } from '../../retrieval/lexical/saved-lexical.ts';
import { assembleStages, loadQueryResources } from '../../retrieval/open-assistant.ts';
import { HashEmbedder } from '../../retrieval/dense/hash-embedder.ts';
import { HnswIndex } from '../../retrieval/dense/hnsw-index.ts';
import { readArgs, required } from './cli-args.ts';
import type { BenchQuery } from './queries.ts';
import { latency, peakRssMb, round, rssMb, timeEach, timeEachCpu } from './stats.ts';
import { loadClauses, loadQueryVectors } from './synth-index.ts';
import { SYNTH_DIMENSIONS } from './synth-vectors.ts';

/** Answers queries from the HashEmbedder, or from vectors computed beforehand (to time the index path alone). */
class SwitchableEmbedder implements Embedder {
  readonly modelId = 'bench-switch';
  readonly dimensions = SYNTH_DIMENSIONS;
  mode: 'hash' | 'precomputed' = 'hash';
  private readonly hash = new HashEmbedder(SYNTH_DIMENSIONS);

  constructor(private readonly precomputed: Map<string, Float32Array>) {}

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (this.mode === 'hash') return this.hash.embed(texts);
    return texts.map((t) => this.precomputed.get(t) ?? new Float32Array(this.dimensions));
  }
}

const args = readArgs(process.argv.slice(2), ['dir', 'dense']);
const dir = required(args, 'dir');
const withDense = args.get('dense') !== 'off' && existsSync(join(dir, 'vectors.hnsw'));
const queries = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as BenchQuery[];
const queryVectors = withDense ? await loadQueryVectors(dir, SYNTH_DIMENSIONS) : [];
const embedder = new SwitchableEmbedder(new Map(queries.map((q, i) => [q.text, queryVectors[i]])));

const t0 = performance.now();
const { docs, clauses } = await loadClauses(dir);
const store = new ClauseList(clauses, docs);
const t1 = performance.now();
const saved = readLexical(dir, 'synthetic');
if (!saved) throw new Error(`No saved lexical index in ${dir}`);
const lexical = new Bm25Index(saved);
const t2 = performance.now();
const resources = loadQueryResources(undefined, [], dir);
const t3 = performance.now();
// The lexical product (no embedding model) answers first: its cold start is measured on its own.
const lexicalStages = assembleStages(store, { resources, lexical });
const lexicalPipeline = new AnswerPipeline(lexicalStages);
const tPipeline = performance.now();
const firstLexical = await lexicalPipeline.ask(queries[0].text);
const t4 = performance.now();
const vectors = withDense ? await HnswIndex.read(join(dir, 'vectors.hnsw'), SYNTH_DIMENSIONS) : undefined;
const t5 = performance.now();
const stages = vectors ? assembleStages(store, { resources, lexical, dense: new DenseSearch(embedder, vectors) }) : lexicalStages;
const assistant = new AnswerPipeline(stages);
const first = await assistant.ask(queries[0].text);
const t6 = performance.now();
const cold = {
  // Lexical: read, BM25, tables, first answer. With the graph: the same without the lexical answer, plus graph and hybrid answer.
  lexical_to_first_answer_ms: Math.round(t4 - t0),
  to_first_answer_ms: Math.round(vectors ? t3 - t0 + (t6 - t4) : t4 - t0),
  // performance.now() counts from process start: node, tsx and module loading included.
  process_start_to_first_lexical_answer_ms: Math.round(t4),
  read_clauses_ms: Math.round(t1 - t0),
  load_bm25_ms: Math.round(t2 - t1),
  load_query_tables_ms: Math.round(t3 - t2),
  // The answer pipeline's construction (its verifier scans every clause for titled names) and the first answer.
  answer_pipeline_ms: Math.round(tPipeline - t3),
  first_lexical_ask_ms: round(t4 - tPipeline),
  load_hnsw_ms: Math.round(t5 - t4),
  first_ask_ms: round(t6 - t5),
  first_answer_abstained: (vectors ? first : firstLexical).abstained,
};

// Lexical only (the product without an embedding model): the same index, no dense side.
const lexicalOnly = lexicalStages.retriever;
const lexicalTimes = await timeEachCpu(queries, (q) => lexicalOnly.retrieve(q.text, q.lang, 10));
const rssLexical = rssMb();

// One untimed pass warms the JIT for both paths; then each query is timed in both modes back to back,
// so a noisy neighbour on this shared machine hits both figures alike.
const { retriever } = stages;
const withEmbed: number[] = [];
const withEmbedCpu: number[] = [];
const noEmbed: number[] = [];
if (vectors) {
  for (const q of queries) await retriever.retrieve(q.text, q.lang, 10);
  for (const q of queries) {
    embedder.mode = 'hash';
    const c = process.cpuUsage();
    let s = performance.now();
    await retriever.retrieve(q.text, q.lang, 10);
    withEmbed.push(performance.now() - s);
    const used = process.cpuUsage(c);
    withEmbedCpu.push((used.user + used.system) / 1000);
    embedder.mode = 'precomputed';
    s = performance.now();
    await retriever.retrieve(q.text, q.lang, 10);
    noEmbed.push(performance.now() - s);
  }
  embedder.mode = 'hash';
}
const ask = latency(await timeEach(queries, (q) => assistant.ask(q.text)));

await writeFile(
  join(dir, `serve-${process.pid}.json`),
  JSON.stringify(
    {
      cold_start: cold,
      lexical_ms: latency(lexicalTimes.wall),
      lexical_cpu_ms: latency(lexicalTimes.cpu),
      ...(vectors ? { hybrid_ms: latency(withEmbed), hybrid_cpu_ms: latency(withEmbedCpu), hybrid_no_embed_ms: latency(noEmbed) } : {}),
      ask_ms: ask,
      rss_lexical_mb: rssLexical,
      rss_mb: rssMb(),
      peak_rss_mb: peakRssMb(),
    },
    null,
    2,
  ),
);
