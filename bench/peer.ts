/**
 * The fair peer comparison on the seed corpus: our retrieval and MiniSearch
 * fed the same analysis and glossary/lexicon expansion (minisearch-reference.ts),
 * on the real questions of the tuning sets: gold in the top 3 (a clause
 * containing a gold snippet) and latency side by side.
 */
import { performance } from 'node:perf_hooks';
import { isGoldCitation } from '../retrieval/eval/gold-metrics.ts';
import type { PipelineStages } from '../retrieval/open-assistant.ts';
import type { TermGroup } from '../retrieval/types.ts';
import { buildMiniSearch, searchMiniSearch } from './scale/minisearch-reference.ts';
import type { RealQuestion } from './scale/real-queries.ts';
import { latency, type Latency } from './scale/stats.ts';

export interface PeerQuality {
  questions: number;
  ours_gold_at_3: number;
  minisearch_gold_at_3: number;
  ours_ms: Latency;
  minisearch_ms: Latency;
}

export async function peerQuality(stages: PipelineStages, real: RealQuestion[]): Promise<PeerQuality> {
  const mini = buildMiniSearch(stages.store.clauses, stages.store.docs);
  const answerable = real.filter((q) => !q.abstain && q.gold.length);
  let ours = 0;
  let theirs = 0;
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (const q of answerable) await stages.retriever.retrieve(q.text, q.lang, 3); // warm-up
  for (const q of answerable) {
    let start = performance.now();
    const { hits } = await stages.retriever.retrieve(q.text, q.lang, 3);
    oursMs.push(performance.now() - start);
    start = performance.now();
    const groups: TermGroup[] = stages.concepts.of(q.text, q.lang);
    const top = searchMiniSearch(mini, groups, 3);
    theirsMs.push(performance.now() - start);
    if (hits.slice(0, 3).some((h) => isGoldCitation(h.clause.text, q.gold))) ours += 1;
    if (top.some((i) => isGoldCitation(stages.store.clauses[i].text, q.gold))) theirs += 1;
  }
  const share = (n: number) => Math.round((n / Math.max(1, answerable.length)) * 1000) / 1000;
  return {
    questions: answerable.length,
    ours_gold_at_3: share(ours),
    minisearch_gold_at_3: share(theirs),
    ours_ms: latency(oursMs),
    minisearch_ms: latency(theirsMs),
  };
}
