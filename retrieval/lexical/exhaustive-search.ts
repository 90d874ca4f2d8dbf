/**
 * Term-at-a-time scoring of every posting of every alternative: the
 * reference the pruned search must equal, and the scorer of one document by
 * lookups (the same arithmetic, in the same order, per document).
 */
import type { ScoredDoc } from '../types.ts';
import type { PostingLists } from './postings.ts';
import type { PlanGroup } from './query-plan.ts';
import { topOf } from './top-k.ts';

/** Per-document accumulators reused across searches (search is synchronous), reset through touched lists. */
export class Accumulators {
  readonly alt: Float64Array;
  readonly best: Float64Array;
  readonly total: Float64Array;

  constructor(n: number) {
    this.alt = new Float64Array(n);
    this.best = new Float64Array(n);
    this.total = new Float64Array(n);
  }
}

/**
 * Per concept the best alternative (mean of its terms' contributions times
 * its weight), times the concept's importance, summed over concepts.
 */
export function exhaustiveSearch(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number): ScoredDoc[] {
  const { docs, scores, offsets } = postings.arrays;
  const { alt: altScore, best, total } = acc;
  const inTotal: number[] = [];
  for (const group of plan) {
    const inBest: number[] = [];
    for (const alt of group.alternatives) {
      const inAlt: number[] = [];
      for (let j = 0; j < alt.terms.length; j += 1) {
        const t = alt.terms[j];
        const factor = alt.factors[j];
        for (let i = offsets[t]; i < offsets[t + 1]; i += 1) {
          const doc = docs[i];
          if (altScore[doc] === 0) inAlt.push(doc);
          altScore[doc] += factor === 1 ? scores[i] : scores[i] * factor;
        }
      }
      for (const doc of inAlt) {
        const weighted = (alt.weight * altScore[doc]) / alt.length;
        altScore[doc] = 0;
        if (weighted > best[doc]) {
          if (best[doc] === 0) inBest.push(doc);
          best[doc] = weighted;
        }
      }
    }
    const importance = group.importance;
    for (const doc of inBest) {
      if (total[doc] === 0) inTotal.push(doc);
      total[doc] += importance === 1 ? best[doc] : best[doc] * importance;
      best[doc] = 0;
    }
  }
  const top = topOf(inTotal, total, k);
  for (const doc of inTotal) total[doc] = 0;
  return top;
}

/** One document's score by binary search in each term's postings: what exhaustiveSearch gives it, bit for bit. */
export function scoreOne(postings: PostingLists, plan: PlanGroup[], doc: number): number {
  const { scores } = postings.arrays;
  let total = 0;
  for (const group of plan) {
    let best = 0;
    for (const alt of group.alternatives) {
      let sum = 0;
      for (let j = 0; j < alt.terms.length; j += 1) {
        const at = postings.find(alt.terms[j], doc);
        if (at < 0) continue;
        const factor = alt.factors[j];
        sum += factor === 1 ? scores[at] : scores[at] * factor;
      }
      if (sum === 0) continue;
      const weighted = (alt.weight * sum) / alt.length;
      if (weighted > best) best = weighted;
    }
    if (best === 0) continue;
    total += group.importance === 1 ? best : best * group.importance;
  }
  return total;
}
