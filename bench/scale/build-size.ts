/**
 * Child process for one corpus size (`--size N --out DIR`): generates and
 * parses the synthetic corpus, builds the lexical retriever and the HNSW
 * graph, measures lexical and dense latency, saves the index in the product's
 * layout for the serving child, and runs the references (exact scan,
 * MiniSearch). `--parts lexical` / `--parts dense` split a size over two
 * processes when both together would not fit in memory (1M clauses).
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assembleStages, loadQueryResources, type PipelineStages } from '../../retrieval/open-assistant.ts';
import { buildLexicalIndex } from '../../retrieval/lexical/build-lexical.ts';
import type { PruneStats } from '../../retrieval/lexical/pruned-search.ts';
import { LEXICAL_FILE, saveLexical } from '../../retrieval/lexical/saved-lexical.ts';
import { queryShape } from '../query-model.ts';
import { loadRealQuestions, makeRealStyleQueries } from './real-queries.ts';
import { HashEmbedder } from '../../retrieval/dense/hash-embedder.ts';
import { DEFAULT_HNSW, HnswIndex } from '../../retrieval/dense/hnsw-index.ts';
import { ExactIndex } from '../../retrieval/dense/exact-index.ts';
import { ClauseList } from '../../retrieval/ingest/clause-store.ts';
import type { Clause, TermGroup } from '../../retrieval/types.ts';
import { readArgs, required } from './cli-args.ts';
import { buildMiniSearch, searchMiniSearch } from './minisearch-reference.ts';
import { makeQueries, type BenchQuery } from './queries.ts';
import { Random } from './random.ts';
import { loadSeedVocabulary } from './seed-vocabulary.ts';
import { latency, peakRssMb, perSecond, round, rssMb, timed, timeEach } from './stats.ts';
import { saveClauses, saveQueryVectors, saveVectorCache, synthCorpus } from './synth-index.ts';
import { SYNTH_DIMENSIONS, VectorMixture } from './synth-vectors.ts';

const args = readArgs(process.argv.slice(2), ['size', 'out', 'parts', 'queries', 'exact-queries', 'efc', 'minisearch']);
const size = Number(required(args, 'size'));
const out = required(args, 'out');
const parts = new Set((args.get('parts') ?? 'lexical,dense').split(','));
const queryCount = Number(args.get('queries') ?? 200);
const exactCount = Number(args.get('exact-queries') ?? 100);
const hnswOptions = { ...DEFAULT_HNSW, ...(args.has('efc') ? { efConstruction: Number(args.get('efc')) } : {}) };
await mkdir(out, { recursive: true });

const result: Record<string, unknown> = { size };

if (parts.has('lexical')) await lexicalPart();
if (parts.has('dense')) await densePart();
result.peak_rss_mb = peakRssMb();
await writeFile(join(out, `build-${[...parts].join('-')}.json`), JSON.stringify(result, null, 2));

async function lexicalPart(): Promise<void> {
  const vocabulary = await loadSeedVocabulary();
  const corpus = synthCorpus(vocabulary, size);
  const { clauses, docs } = corpus;
  result.documents = docs.size;
  result.english_share = round([...docs.values()].filter((d) => d.language === 'en').length / docs.size);
  result.parse = {
    clauses: corpus.parsed,
    ms: Math.round(corpus.parseMs),
    per_s: perSecond(corpus.parsed, corpus.parseMs),
    source_mb: round(corpus.sourceBytes / 1e6, 1),
  };
  result.generate_ms = Math.round(corpus.generateMs);

  // Embedding throughput on the synthetic clauses, as index-store.ts feeds them (last context lines + text).
  const sample = clauses.slice(0, Math.min(clauses.length, 5000)).map((c) => `${c.context.split('\n').slice(-2).join(' ')}\n${c.text}`);
  const hash = new HashEmbedder(SYNTH_DIMENSIONS);
  const embed = await timed(() => hash.embed(sample));
  result.embedding = { model: hash.modelId, clauses: sample.length, per_s: perSecond(sample.length, embed.ms) };

  // The glossary's analysed forms and the BM25 postings are saved in the product's layout for the serving child.
  const resources = loadQueryResources(undefined, [], out);
  const store = new ClauseList(clauses, docs.values());
  const build = await timed(() => assembleStages(store, { resources, lexical: buildLexicalIndex(store) }));
  const stages = build.value;
  const { retriever } = stages;
  const note = 'clause store + analysis + BM25 (assembleStages)';
  result.lexical_build = { ms: Math.round(build.ms), per_s: perSecond(size, build.ms), note };
  result.ingest_per_s = perSecond(size, corpus.parseMs + build.ms);
  const save = await timed(() => saveLexical(out, 'synthetic', stages.lexical.postings));
  result.lexical_saved = { ms: Math.round(save.ms), bytes: (await stat(join(out, LEXICAL_FILE))).size };

  const real = loadRealQuestions();
  const queries = makeRealStyleQueries(clauses, real, queryCount);
  await writeFile(join(out, 'queries.json'), JSON.stringify(queries));
  result.query_shape = {
    real_questions: await queryShape(stages, real),
    real_style: await queryShape(stages, queries),
    bench_style_before: await queryShape(
      stages,
      makeQueries(clauses, (id) => docs.get(id)?.language ?? 'fr', queryCount),
    ),
  };
  result.lexical_ms = latency(await timeEach(queries, (q) => retriever.retrieve(q.text, q.lang, 10)));
  result.bm25 = await bm25Paths(stages, queries);
  result.clauses_bytes = await saveClauses(out, docs, clauses);
  result.rss_after_lexical_mb = rssMb();
  result.peak_rss_product_lexical_mb = peakRssMb();

  if (args.get('minisearch') !== 'off') await minisearchReference(clauses, stages, queries);
}

/** BM25 alone on the questions' concepts: the exhaustive walk the product uses against the pruned search (same results). */
async function bm25Paths(stages: PipelineStages, queries: BenchQuery[]): Promise<Record<string, unknown>> {
  const groups: TermGroup[][] = [];
  for (const q of queries) groups.push((await stages.retriever.retrieve(q.text, q.lang, 10)).groups);
  const stats: PruneStats = { postings: 0, walked: 0, scored: 0 };
  let identical = 0;
  for (const g of groups) {
    const same = JSON.stringify(stages.lexical.searchPruned(g, 50, stats)) === JSON.stringify(stages.lexical.searchExhaustive(g, 50));
    identical += same ? 1 : 0;
  }
  return {
    exhaustive_ms: latency(timeEachSync(groups, (g) => stages.lexical.searchExhaustive(g, 50)).times),
    pruned_ms: latency(timeEachSync(groups, (g) => stages.lexical.searchPruned(g, 50)).times),
    pruned_walks_share: round(stats.walked / Math.max(1, stats.postings), 3),
    pruned_lookups_per_query: Math.round(stats.scored / Math.max(1, groups.length)),
    identical_rankings: `${identical}/${groups.length}`,
  };
}

/** MiniSearch with our analysis and expansion against our retrieval, on the same real-style questions. */
async function minisearchReference(clauses: Clause[], stages: PipelineStages, queries: BenchQuery[]): Promise<void> {
  const start = performance.now();
  const mini = buildMiniSearch(clauses, stages.store.docs);
  const buildMs = performance.now() - start;
  const top10 = async (q: BenchQuery) => (await stages.retriever.retrieve(q.text, q.lang, 10)).hits.slice(0, 10).map((h) => h.index);
  const ours = await timeEachValues(queries, top10);
  const theirs = await timeEachValues(queries, async (q) => searchMiniSearch(mini, stages.concepts.of(q.text, q.lang), 10));
  let overlap = 0;
  let counted = 0;
  ours.values.forEach((a, i) => {
    const b = new Set(theirs.values[i]);
    if (!a.length && !b.size) return;
    overlap += a.filter((x) => b.has(x)).length / Math.max(1, Math.min(10, Math.max(a.length, b.size)));
    counted += 1;
  });
  const oursLatency = latency(ours.times);
  const theirsLatency = latency(theirs.times);
  result.minisearch = {
    build_ms: Math.round(buildMs),
    ours_ms: oursLatency,
    minisearch_ms: theirsLatency,
    speed_ratio_p50: round(theirsLatency.p50 / Math.max(oursLatency.p50, 1e-3)),
    speed_ratio_mean: round(theirsLatency.mean / Math.max(oursLatency.mean, 1e-3)),
    top10_overlap: round(overlap / Math.max(1, counted), 3),
    note: 'both: our analysis + glossary/lexicon expansion; ours = product retrieval (BM25 + coverage), MiniSearch = expansion + search',
  };
  result.peak_rss_with_minisearch_mb = peakRssMb();
}

async function timeEachValues<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<{ times: number[]; values: R[] }> {
  for (let i = 0; i < Math.min(20, items.length); i += 1) await fn(items[i]);
  const times: number[] = [];
  const values: R[] = [];
  for (const item of items) {
    const s = performance.now();
    values.push(await fn(item));
    times.push(performance.now() - s);
  }
  return { times, values };
}

function timeEachSync<T, R>(items: T[], fn: (item: T) => R): { times: number[]; values: R[] } {
  for (let i = 0; i < Math.min(20, items.length); i += 1) fn(items[i]);
  const times: number[] = [];
  const values: R[] = [];
  for (const item of items) {
    const s = performance.now();
    values.push(fn(item));
    times.push(performance.now() - s);
  }
  return { times, values };
}

async function densePart(): Promise<void> {
  const mixture = new VectorMixture();
  const gen = await timed(() => mixture.many(size));
  const vectors = gen.value;
  result.vectors = {
    dimensions: SYNTH_DIMENSIONS,
    generate_ms: Math.round(gen.ms),
    kind: 'synthetic low-rank topic mixture (rank 32, 512 topics)',
  };
  const build = await timed(() => {
    const index = new HnswIndex(SYNTH_DIMENSIONS, size, hnswOptions);
    index.addAll(vectors);
    return index;
  });
  const hnsw = build.value;
  result.hnsw_build = { ms: Math.round(build.ms), per_s: perSecond(size, build.ms), ...hnswOptions };

  const random = new Random(4321);
  const queryVectors = Array.from({ length: queryCount }, () => mixture.sample(new Float32Array(SYNTH_DIMENSIONS), random.int(1 << 30)));
  await saveQueryVectors(out, queryVectors, SYNTH_DIMENSIONS);
  result.dense_ms = latency(await timeEach(queryVectors, (v) => hnsw.search(v, 10)));
  // HybridRetriever asks the vector index for 50 candidates.
  result.dense50_ms = latency(await timeEach(queryVectors, (v) => hnsw.search(v, 50)));

  await hnsw.save(join(out, 'vectors.hnsw'));
  result.hnsw_bytes = (await stat(join(out, 'vectors.hnsw'))).size;
  result.vector_cache_bytes = await saveVectorCache(out, vectors, SYNTH_DIMENSIONS);
  result.rss_after_dense_mb = rssMb();
  result.peak_rss_product_dense_mb = peakRssMb();

  const exact = new ExactIndex(SYNTH_DIMENSIONS);
  exact.addAll(vectors);
  const probe = queryVectors.slice(0, Math.min(exactCount, queryVectors.length));
  const approx = probe.map((v) => hnsw.search(v, 10));
  const exactTimes = await timeEach(probe, (v) => exact.search(v, 10), 2);
  const hnswTimes = await timeEach(probe, (v) => hnsw.search(v, 10));
  let recall = 0;
  probe.forEach((v, i) => {
    const truth = new Set(exact.search(v, 10).map((h) => h.index));
    recall += approx[i].filter((h) => truth.has(h.index)).length / Math.max(1, truth.size);
  });
  const exactLatency = latency(exactTimes);
  const hnswLatency = latency(hnswTimes);
  result.exact = {
    queries: probe.length,
    recall_at_10: round(recall / Math.max(1, probe.length), 4),
    exact_ms: exactLatency,
    hnsw_ms: hnswLatency,
    speed_ratio_mean: round(exactLatency.mean / Math.max(hnswLatency.mean, 1e-3), 1),
  };
}
