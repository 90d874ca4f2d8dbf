/**
 * `npx tsx bench/lexical-micro.ts [SIZE]`: lexical search alone on a synthetic
 * corpus (default 100k clauses) with real-style questions: the exhaustive
 * walk against the pruned search (same results), and the whole retrieval, for
 * tuning BM25 without the full run.
 */
import { performance } from 'node:perf_hooks';
import { ClauseList } from '../retrieval/ingest/clause-store.ts';
import type { PruneStats } from '../retrieval/lexical/pruned-search.ts';
import { assembleStages, loadQueryResources } from '../retrieval/open-assistant.ts';
import type { TermGroup } from '../retrieval/types.ts';
import { loadRealQuestions, makeRealStyleQueries } from './scale/real-queries.ts';
import { loadSeedVocabulary } from './scale/seed-vocabulary.ts';
import { synthCorpus } from './scale/synth-index.ts';
import { latency } from './scale/stats.ts';

const size = Number(process.argv[2] ?? 100_000);
const K = Number(process.argv[3] ?? 50);
const { clauses, docs } = synthCorpus(await loadSeedVocabulary(), size);
const { retriever, lexical } = assembleStages(new ClauseList(clauses, docs.values()), { resources: loadQueryResources() });
const queries = makeRealStyleQueries(clauses, loadRealQuestions(), 200);
const groups: TermGroup[][] = [];
for (const q of queries) groups.push((await retriever.retrieve(q.text, q.lang, 10)).groups);

function time(label: string, fn: (g: TermGroup[]) => unknown): void {
  for (const g of groups.slice(0, 30)) fn(g);
  const times = groups.map((g) => {
    const t = performance.now();
    fn(g);
    return performance.now() - t;
  });
  const l = latency(times);
  console.log(`${label.padEnd(24)} p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`);
}
const stats: PruneStats = { postings: 0, walked: 0, scored: 0 };
for (const g of groups) lexical.searchPruned(g, K, stats);
const walked = (stats.walked / stats.postings).toFixed(3);
const lookups = (stats.scored / groups.length).toFixed(0);
console.log(
  `${size} clauses, ${queries.length} real-style questions;`,
  `pruning walks ${walked} of the postings, scores ${lookups} docs/query by lookup`,
);
time('BM25 exhaustive', (g) => lexical.searchExhaustive(g, K));
time('BM25 pruned', (g) => lexical.searchPruned(g, K));
const t: number[] = [];
for (const q of queries) {
  const s = performance.now();
  await retriever.retrieve(q.text, q.lang, 10);
  t.push(performance.now() - s);
}
const l = latency(t);
console.log(`${'retrieve (product path)'.padEnd(24)} p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`);
