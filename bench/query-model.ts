/**
 * `npx tsx bench/query-model.ts [SIZE]`: the benchmark's query model against
 * real questions. On the seed corpus (and, with SIZE, a synthetic corpus of
 * that size) it prints, for the real questions, the real-style questions and
 * the older bench-style ones, the distribution of the postings an exhaustive
 * search walks (as a multiple of the clause count N) and of the expanded
 * terms (every term of every alternative of every concept).
 */
import { ClauseList } from '../retrieval/ingest/clause-store.ts';
import { assembleStages, loadQueryResources, openIndex, type PipelineStages } from '../retrieval/open-assistant.ts';
import { loadCoreConfig } from '../retrieval/config.ts';
import type { Lang, TermGroup } from '../retrieval/types.ts';
import { makeQueries, type BenchQuery } from './scale/queries.ts';
import { loadRealQuestions, makeRealStyleQueries } from './scale/real-queries.ts';
import { loadSeedVocabulary } from './scale/seed-vocabulary.ts';
import { synthCorpus } from './scale/synth-index.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QueryShape {
  postings_per_n: Record<'p10' | 'p50' | 'p90', number>;
  expanded_terms: Record<'p10' | 'p50' | 'p90', number>;
  n: number;
}

export function expandedTerms(groups: TermGroup[]): number {
  return groups.reduce((s, g) => s + g.alternatives.reduce((t, a) => t + a.terms.length, 0), 0);
}

/** Postings walked (÷ N) and expanded terms of each question, as retrieval searches it. */
export async function queryShape(stages: PipelineStages, queries: BenchQuery[]): Promise<QueryShape> {
  const walked: number[] = [];
  const terms: number[] = [];
  for (const q of queries) {
    const { groups } = await stages.retriever.retrieve(q.text, q.lang, 10);
    walked.push(stages.lexical.postingsWalked(groups) / stages.lexical.size);
    terms.push(expandedTerms(groups));
  }
  const pct = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] * 100) / 100;
    return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
  };
  return { postings_per_n: pct(walked), expanded_terms: pct(terms), n: queries.length };
}

export async function seedStages(): Promise<PipelineStages> {
  const dir = await mkdtemp(join(tmpdir(), 'iotsec-qm-'));
  try {
    const opened = await openIndex({ corpusDir: loadCoreConfig({}).corpusDir, indexDir: dir });
    return assembleStages(opened.store, { resources: loadQueryResources() });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function show(label: string, s: QueryShape): string {
  const f = (d: Record<string, number>) => `${d.p10} / ${d.p50} / ${d.p90}`;
  return `${label.padEnd(34)} postings÷N p10/p50/p90 ${f(s.postings_per_n).padEnd(20)} expanded terms ${f(s.expanded_terms)} (n=${s.n})`;
}

async function main(): Promise<void> {
  const real = loadRealQuestions();
  const seed = await seedStages();
  const langOf =
    (s: PipelineStages) =>
    (id: string): Lang =>
      s.store.docs.get(id)?.language ?? 'fr';
  console.log(show('seed: real questions', await queryShape(seed, real)));
  console.log(show('seed: real-style', await queryShape(seed, makeRealStyleQueries(seed.store.clauses, real, 200))));
  console.log(show('seed: bench-style (before)', await queryShape(seed, makeQueries([...seed.store.clauses], langOf(seed), 200))));
  const size = Number(process.argv[2] ?? 0);
  if (!size) return;
  const { clauses, docs } = synthCorpus(await loadSeedVocabulary(), size);
  const stages = assembleStages(new ClauseList(clauses, docs.values()), { resources: loadQueryResources() });
  console.log(show(`${size}: real questions`, await queryShape(stages, real)));
  console.log(show(`${size}: real-style`, await queryShape(stages, makeRealStyleQueries(clauses, real, 200))));
  console.log(show(`${size}: bench-style (before)`, await queryShape(stages, makeQueries(clauses, langOf(stages), 200))));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
