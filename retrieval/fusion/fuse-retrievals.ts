/**
 * One retrieval from two queries: the question as asked and a model's
 * rewrite of it in the documents' vocabulary. Candidates are fused by
 * reciprocal rank; each keeps its best strength and coverage, and its
 * concept credits against the question as asked, which the form checks read.
 */
import type { Hit, Retrieval } from '../types.ts';

const RRF_K = 60;

export function fuseRetrievals(asked: Retrieval, rewritten: Retrieval, k: number): Retrieval {
  const byIndex = new Map<number, Hit>();
  const add = (hits: Hit[], primary: boolean) =>
    hits.forEach((hit, rank) => {
      const seen = byIndex.get(hit.index);
      const fused = 1 / (RRF_K + rank + 1);
      if (!seen) {
        byIndex.set(hit.index, { ...hit, fused, ...(primary ? {} : { credits: undefined }) });
        return;
      }
      seen.fused += fused;
      seen.strength = Math.max(seen.strength, hit.strength);
      seen.coverage = Math.max(seen.coverage, hit.coverage);
      if (primary) seen.credits = hit.credits;
    });
  add(asked.hits, true);
  add(rewritten.hits, false);
  const hits = [...byIndex.values()].sort((a, b) => b.fused - a.fused || b.strength - a.strength).slice(0, k);
  return { hits, groups: asked.groups };
}
