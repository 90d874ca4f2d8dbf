import { beforeAll, describe, expect, it } from 'vitest';
import { seedStages } from '../../../bench/query-model.ts';
import { loadRealQuestions, makeRealStyleQueries } from '../../../bench/scale/real-queries.ts';
import { loadSeedVocabulary } from '../../../bench/scale/seed-vocabulary.ts';
import { synthCorpus } from '../../../bench/scale/synth-index.ts';
import { ClauseList } from '../../../retrieval/ingest/clause-store.ts';
import { Bm25Index } from '../../../retrieval/lexical/bm25-index.ts';
import type { PruneStats } from '../../../retrieval/lexical/pruned-search.ts';
import { scoreOne } from '../../../retrieval/lexical/exhaustive-search.ts';
import { compilePlan } from '../../../retrieval/lexical/query-plan.ts';
import { assembleStages, loadQueryResources, type PipelineStages } from '../../../retrieval/open-assistant.ts';
import type { BenchQuery } from '../../../bench/scale/queries.ts';
import type { TermGroup } from '../../../retrieval/types.ts';

/** Rankings and scores of the pruned search against the exhaustive one, bit for bit, for several k. */
async function compare(stages: PipelineStages, queries: BenchQuery[]): Promise<PruneStats> {
  const stats: PruneStats = { postings: 0, walked: 0, scored: 0 };
  for (const q of queries) {
    const { groups } = await stages.retriever.retrieve(q.text, q.lang, 10);
    for (const k of [1, 10, 50, 500]) {
      const pruned = stages.lexical.searchPruned(groups, k, stats);
      const exhaustive = stages.lexical.searchExhaustive(groups, k);
      expect(pruned, `${q.text} (k=${k})`).toEqual(exhaustive);
    }
    expect(stages.lexical.search(groups, 50)).toEqual(stages.lexical.searchExhaustive(groups, 50));
  }
  return stats;
}

describe('pruned search gives exactly the exhaustive results', () => {
  const real = loadRealQuestions();

  it('on the seed corpus, with the real questions and real-style ones', async () => {
    const stages = await seedStages();
    await compare(stages, [...real, ...makeRealStyleQueries(stages.store.clauses, real, 150)]);
  });

  describe('on a 10k synthetic corpus', () => {
    let stages: PipelineStages;
    beforeAll(async () => {
      const { clauses, docs } = synthCorpus(await loadSeedVocabulary(), 10_000);
      stages = assembleStages(new ClauseList(clauses, docs.values()), { resources: loadQueryResources() });
    });

    it('with real-style expanded questions, while walking fewer postings', async () => {
      const stats = await compare(stages, [...real, ...makeRealStyleQueries(stages.store.clauses, real, 100)]);
      expect(stats.walked).toBeLessThan(stats.postings);
    });
  });

  it('with importance, lexicon caps, phrases and ties on a small random corpus', () => {
    let s = 11;
    const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocab = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const pick = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(rand() ** 2 * vocab.length)]);
    const doc = () => ({ terms: pick(2 + Math.floor(rand() * 12)), contextTerms: pick(Math.floor(rand() * 3)) });
    const docs = Array.from({ length: 3000 }, doc);
    const index = new Bm25Index(docs);
    for (let q = 0; q < 60; q += 1) {
      const groups: TermGroup[] = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ({
        original: pick(1),
        importance: rand() < 0.3 ? 0.3 : undefined,
        alternatives: Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, a) => ({
          terms: pick(1 + Math.floor(rand() * 2)),
          weight: a === 0 ? 1 : 0.4 + rand() * 0.5,
          ...(rand() < 0.3 ? { source: 'lexicon' as const } : {}),
        })),
      }));
      for (const k of [1, 5, 50]) expect(index.searchPruned(groups, k)).toEqual(index.searchExhaustive(groups, k));
    }
  });
});

describe('the exhaustive walk over ranges of documents', () => {
  it('scores a corpus of several ranges exactly like one lookup per document', () => {
    let s = 5;
    const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocab = Array.from({ length: 60 }, (_, i) => `v${i}`);
    const pick = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(rand() ** 3 * vocab.length)]);
    const index = new Bm25Index(Array.from({ length: 70_000 }, () => ({ terms: pick(1 + Math.floor(rand() * 5)), contextTerms: [] })));
    for (let q = 0; q < 8; q += 1) {
      const groups: TermGroup[] = Array.from({ length: 2 + (q % 3) }, () => ({
        original: pick(1),
        alternatives: [
          { terms: pick(1), weight: 1 },
          { terms: pick(2), weight: 0.9 },
          { terms: pick(1), weight: 0.6, source: 'lexicon' as const },
        ],
      }));
      const plan = compilePlan(index.postings, groups);
      const all = Array.from({ length: index.size }, (_, doc) => ({ index: doc, score: scoreOne(index.postings, plan, doc) }));
      const expected = all
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 40);
      expect(index.searchExhaustive(groups, 40)).toEqual(expected);
      expect(index.searchPruned(groups, 40)).toEqual(expected);
    }
  });
});
