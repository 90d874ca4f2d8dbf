/**
 * Child process: cold start from a saved synthetic index (`--dir DIR`) to
 * the first answer (read clauses, load the HNSW graph, rebuild BM25, one
 * `ask`), then hybrid latency with the query embedded by the HashEmbedder
 * and with precomputed query vectors (the index path alone). Its peak RSS is
 * what a server holding this index needs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Embedder } from '../../retrieval/dense/embedder.ts';
import { AnswerPipeline } from '../../retrieval/answer-pipeline.ts';
import { DenseSearch } from '../../retrieval/dense/dense-search.ts';
import { ClauseList } from '../../retrieval/ingest/clause-store.ts';
import { assembleStages, loadQueryResources } from '../../retrieval/open-assistant.ts';
import { HashEmbedder } from '../../retrieval/dense/hash-embedder.ts';
import { HnswIndex } from '../../retrieval/dense/hnsw-index.ts';
import { readArgs, required } from './cli-args.ts';
import type { BenchQuery } from './queries.ts';
import { latency, peakRssMb, round, rssMb, timeEach } from './stats.ts';
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

const args = readArgs(process.argv.slice(2), ['dir']);
const dir = required(args, 'dir');
const queries = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as BenchQuery[];
const queryVectors = await loadQueryVectors(dir, SYNTH_DIMENSIONS);
const embedder = new SwitchableEmbedder(new Map(queries.map((q, i) => [q.text, queryVectors[i]])));

const t0 = performance.now();
const { docs, clauses } = await loadClauses(dir);
const t1 = performance.now();
const vectors = await HnswIndex.read(join(dir, 'vectors.hnsw'), SYNTH_DIMENSIONS);
const t2 = performance.now();
const stages = assembleStages(new ClauseList(clauses, docs), { resources: loadQueryResources(), dense: new DenseSearch(embedder, vectors) });
const { retriever } = stages;
const t3 = performance.now();
const assistant = new AnswerPipeline(stages);
const first = await assistant.ask(queries[0].text);
const t4 = performance.now();

// One untimed pass warms the JIT for both paths; then each query is timed in both modes back to back,
// so a noisy neighbour on this shared machine hits both figures alike.
for (const q of queries) await retriever.retrieve(q.text, q.lang, 10);
const withEmbed: number[] = [];
const noEmbed: number[] = [];
for (const q of queries) {
  embedder.mode = 'hash';
  let s = performance.now();
  await retriever.retrieve(q.text, q.lang, 10);
  withEmbed.push(performance.now() - s);
  embedder.mode = 'precomputed';
  s = performance.now();
  await retriever.retrieve(q.text, q.lang, 10);
  noEmbed.push(performance.now() - s);
}
embedder.mode = 'hash';
const hybrid = latency(withEmbed);
const hybridNoEmbed = latency(noEmbed);
const ask = latency(await timeEach(queries, (q) => assistant.ask(q.text)));

await writeFile(
  join(dir, 'serve.json'),
  JSON.stringify(
    {
      cold_start: {
        to_first_answer_ms: Math.round(t4 - t0),
        // performance.now() counts from process start: node, tsx and module loading included.
        process_start_to_first_answer_ms: Math.round(t4),
        read_clauses_ms: Math.round(t1 - t0),
        load_hnsw_ms: Math.round(t2 - t1),
        rebuild_bm25_ms: Math.round(t3 - t2),
        first_ask_ms: round(t4 - t3),
        first_answer_abstained: first.abstained,
      },
      hybrid_ms: hybrid,
      hybrid_no_embed_ms: hybridNoEmbed,
      ask_ms: ask,
      rss_mb: rssMb(),
      peak_rss_mb: peakRssMb(),
    },
    null,
    2,
  ),
);
