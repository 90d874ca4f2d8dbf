/**
 * Exact top-k with MaxScore-style dynamic pruning over concept groups.
 *
 * A document's score is Σ over concepts of importance × the best of its
 * alternatives, so an alternative can never give more than its bound
 * (importance × weight × Σ of its terms' largest contributions, capped
 * terms by their cap factor, over its length). Once k real scores are known
 * (θ), alternatives whose bounds, taken at their best per concept, add up to
 * less than θ are "non-essential": a document found only through them cannot
 * enter the top k, so their postings (the long lists of common translations
 * and dictionary senses) are never walked. Documents reached through the
 * essential alternatives get an upper bound; only those whose bound reaches
 * θ are scored, by lookups, with exactly the exhaustive arithmetic, best
 * bound first, until the bound falls below the k-th score.
 */
import type { ScoredDoc } from '../types.ts';
import { exhaustiveSearch, scoreOne, type Accumulators } from './exhaustive-search.ts';
import type { PostingLists } from './postings.ts';
import type { PlanAlternative, PlanGroup } from './query-plan.ts';
import { TopK } from './top-k.ts';

/** Bounds are sums in another order than the scores: inflated by far more than any rounding. */
const SLACK = 1 + 1e-9;
/** Documents scored exactly up front to set the first threshold, per result wanted. */
const PROBES_PER_RESULT = 2;

export interface PruneStats {
  /** Postings the exhaustive search would walk, and those walked here. */
  postings: number;
  walked: number;
  /** Documents scored exactly by lookups. */
  scored: number;
}

export function prunedSearch(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number, stats?: PruneStats): ScoredDoc[] {
  if (k <= 0) return [];
  const theta = firstThreshold(postings, plan, acc, k, stats);
  if (theta === -Infinity) return exhaustiveSearch(postings, plan, acc, k);
  const { essential, lowBound, base } = splitEssential(plan, theta);
  const touched = accumulate(postings, plan, essential, acc, stats, lowBound);
  const bound = acc.total;
  const candidates = touched.filter((doc) => (base + bound[doc]) * SLACK >= theta);
  candidates.sort((a, b) => bound[b] - bound[a]);
  const top = new TopK(k);
  for (const doc of candidates) {
    const upper = (base + bound[doc]) * SLACK;
    if (top.full && upper < top.threshold) break;
    const score = scoreOne(postings, plan, doc);
    if (score > 0) top.offer(doc, score);
  }
  for (const doc of touched) bound[doc] = 0;
  if (stats) stats.scored += candidates.length;
  return top.sorted();
}

/**
 * θ: the k-th best real score among a few documents likely to rank high,
 * those with the most evidence from the cheap (short-postings) alternatives.
 * -Infinity when fewer than k documents could be found that way.
 */
function firstThreshold(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number, stats?: PruneStats): number {
  const cheapLimit = Math.max(64, postings.size >> 5);
  const cheap = plan.map((g) => g.alternatives.map((a) => a.postings <= cheapLimit));
  const touched = accumulate(postings, plan, cheap, acc, stats);
  const probes = new TopK(PROBES_PER_RESULT * k);
  for (const doc of touched) probes.offer(doc, acc.total[doc]);
  for (const doc of touched) acc.total[doc] = 0;
  if (touched.length < k) return -Infinity;
  const top = new TopK(k);
  const probed = probes.sorted();
  for (const { index } of probed) top.offer(index, scoreOne(postings, plan, index));
  if (stats) stats.scored += probed.length;
  return top.threshold;
}

/**
 * Greedy, smallest bounds first: an alternative becomes non-essential while
 * the sum over concepts of the largest non-essential bound stays below θ.
 */
function splitEssential(plan: PlanGroup[], theta: number): { essential: boolean[][]; lowBound: Float64Array; base: number } {
  const lowBound = new Float64Array(plan.length);
  const essential = plan.map((g) => g.alternatives.map(() => true));
  const order: Array<{ g: number; a: number; alt: PlanAlternative }> = [];
  plan.forEach((group, g) => group.alternatives.forEach((alt, a) => order.push({ g, a, alt })));
  order.sort((x, y) => x.alt.bound - y.alt.bound);
  let base = 0;
  for (const { g, a, alt } of order) {
    const raised = Math.max(lowBound[g], alt.bound);
    const next = base - lowBound[g] + raised;
    if (next * SLACK >= theta) continue;
    base = next;
    lowBound[g] = raised;
    essential[g][a] = false;
  }
  // Recomputed as a plain sum, so the rounding of the running differences cannot shrink it.
  base = lowBound.reduce((s, v) => s + v, 0);
  return { essential, lowBound, base };
}

/**
 * Term-at-a-time over the chosen alternatives: per concept the best chosen
 * alternative per document, times importance, less `lowBound` of the concept
 * when given (only the excess is kept), summed into acc.total. With the
 * essential alternatives and their concepts' non-essential bounds, base +
 * acc.total[doc] bounds the document's score.
 */
function accumulate(
  postings: PostingLists,
  plan: PlanGroup[],
  chosen: boolean[][],
  acc: Accumulators,
  stats?: PruneStats,
  lowBound?: Float64Array,
): number[] {
  const { docs, scores, offsets } = postings.arrays;
  const { alt: altScore, best, total } = acc;
  const touched: number[] = [];
  plan.forEach((group, g) => {
    const inBest: number[] = [];
    group.alternatives.forEach((alt, a) => {
      if (!chosen[g][a]) return;
      if (stats) stats.walked += alt.postings;
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
    });
    const floor = lowBound ? lowBound[g] : 0;
    for (const doc of inBest) {
      const excess = best[doc] * group.importance - floor;
      best[doc] = 0;
      if (excess <= 0) continue;
      if (total[doc] === 0) touched.push(doc);
      total[doc] += excess;
    }
  });
  return touched;
}
