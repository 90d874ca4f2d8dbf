/**
 * `npx tsx bench/lexical-micro.ts [SIZE]`: lexical retrieval latency alone on a
 * synthetic corpus (default 100k clauses), for tuning BM25 without the full run.
 */
import { performance } from 'node:perf_hooks';
import { ClauseList } from '../retrieval/ingest/clause-store.ts';
import { assembleStages, loadQueryResources } from '../retrieval/open-assistant.ts';
import { makeQueries } from './scale/queries.ts';
import { loadSeedVocabulary } from './scale/seed-vocabulary.ts';
import { synthCorpus } from './scale/synth-index.ts';

const size = Number(process.argv[2] ?? 100_000);
const { clauses, docs } = synthCorpus(await loadSeedVocabulary(), size);
const { retriever } = assembleStages(new ClauseList(clauses, docs.values()), { resources: loadQueryResources() });
const queries = makeQueries(clauses, (id) => docs.get(id)?.language ?? 'fr', 200);
for (const q of queries.slice(0, 30)) await retriever.retrieve(q.text, q.lang, 10);
const times: number[] = [];
for (const q of queries) {
  const t = performance.now();
  await retriever.retrieve(q.text, q.lang, 10);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(2);
console.log(`${size} clauses, ${times.length} queries: retrieve p50 ${at(50)} / p95 ${at(95)} / p99 ${at(99)} ms`);
