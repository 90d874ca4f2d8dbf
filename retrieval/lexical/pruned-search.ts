/**
 * Exact top-k with MaxScore-style dynamic pruning over concept groups.
 *
 * A document's score is Σ over concepts of importance × the best of its
 * alternatives, so an alternative never gives more than its bound
 * (importance × weight × Σ of its terms' largest contributions, capped terms
 * by their cap factor, over its length). Once k real scores are known (θ),
 * the alternatives with the longest postings are skipped while, per concept,
 * the largest skipped bound (the concept's floor) summed over concepts stays
 * below a share of θ: a document reached by no walked alternative cannot
 * reach θ. Walking the other alternatives gives every reached document its
 * exact best walked value per concept and an upper bound; documents are then
 * finished best bound first, the skipped alternatives by binary search in
 * their postings, until the bound falls below the k-th score. Maxima of the
 * same values in another order are the same number, and concepts are summed
 * in the same order, so scores are bit-identical to the exhaustive search.
 */
import type { ScoredDoc } from '../types.ts';
import { exhaustiveSearch, scoreOne, walkAlternative, type Accumulators } from './exhaustive-search.ts';
import type { PostingLists } from './postings.ts';
import type { PlanAlternative, PlanGroup } from './query-plan.ts';
import { TopK } from './top-k.ts';
import { WalkedValues } from './walked-values.ts';

/** Bounds are sums in another order than the scores: inflated by far more than any rounding. */
const SLACK = 1 + 1e-9;
/** Share of θ the skipped bounds may add up to (any value ≤ 1 is exact; smaller keeps bounds tight). */
const SKIPPED_SHARE = Number(process.env.NE_SHARE ?? 0.8);
/** Documents scored exactly up front to set the first threshold, per result wanted. */
const PROBES_PER_RESULT = 2;

export interface PruneStats {
  /** Postings the exhaustive search would walk, and those walked here. */
  postings: number;
  walked: number;
  /** Documents finished by lookups. */
  scored: number;
}

export function prunedSearch(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number, stats?: PruneStats): ScoredDoc[] {
  if (k <= 0) return [];
  const theta = firstThreshold(postings, plan, acc, k, stats);
  if (theta === -Infinity) return exhaustiveSearch(postings, plan, acc, k);
  const skips = chooseSkips(plan, theta);
  const values = (acc.walked ??= new WalkedValues(postings.size));
  const touched = walkEssential(postings, plan, skips, acc, values, stats);
  const bound = acc.total;
  const { base } = skips;
  const candidates = touched.filter((doc) => (base + bound[doc]) * SLACK >= theta);
  candidates.sort((a, b) => bound[b] - bound[a]);
  const top = new TopK(k);
  for (const doc of candidates) {
    if (top.full && (base + bound[doc]) * SLACK < top.threshold) break;
    const score = finish(postings, plan, skips.skipped, values, doc);
    if (stats) stats.scored += 1;
    if (score > 0) top.offer(doc, score);
  }
  for (const doc of touched) bound[doc] = 0;
  values.reset();
  return top.sorted();
}

interface Skips {
  /** [group][alternative]: not walked. */
  skipped: boolean[][];
  /** Per concept, the largest bound of its skipped alternatives. */
  floor: Float64Array;
  base: number;
}

/** Greedy, longest postings first: an alternative is skipped while base stays below SKIPPED_SHARE × θ. */
function chooseSkips(plan: PlanGroup[], theta: number): Skips {
  const skipped = plan.map((g) => g.alternatives.map(() => false));
  const floor = new Float64Array(plan.length);
  const order: Array<{ g: number; a: number; alt: PlanAlternative }> = [];
  plan.forEach((group, g) => group.alternatives.forEach((alt, a) => order.push({ g, a, alt })));
  order.sort((x, y) => y.alt.postings - x.alt.postings);
  let base = 0;
  for (const { g, a, alt } of order) {
    if (alt.postings === 0) continue;
    const raised = Math.max(floor[g], alt.bound);
    const next = base - floor[g] + raised;
    if (next * SLACK >= SKIPPED_SHARE * theta) continue;
    base = next;
    floor[g] = raised;
    skipped[g][a] = true;
  }
  // A plain sum, so the rounding of the running differences cannot shrink it.
  return { skipped, floor, base: floor.reduce((s, v) => s + v, 0) };
}

/**
 * Walks the alternatives not skipped: each reached document keeps its exact
 * best walked value per concept (in `values`), and acc.total[doc] gets Σ
 * over concepts of how far importance × that value exceeds the concept's
 * floor, so base + acc.total[doc] bounds its score.
 */
function walkEssential(
  postings: PostingLists,
  plan: PlanGroup[],
  skips: Skips,
  acc: Accumulators,
  values: WalkedValues,
  stats?: PruneStats,
): number[] {
  const { best, total, inBest } = acc;
  const touched: number[] = [];
  values.start(plan.length);
  plan.forEach((group, g) => {
    let bests = 0;
    group.alternatives.forEach((alt, a) => {
      if (skips.skipped[g][a]) return;
      if (stats) stats.walked += alt.postings;
      bests = walkAlternative(postings, alt, acc, bests);
    });
    const floor = skips.floor[g];
    for (let i = 0; i < bests; i += 1) {
      const doc = inBest[i];
      const value = best[doc];
      best[doc] = 0;
      values.set(doc, g, value);
      const excess = value * group.importance - floor;
      if (excess <= 0) continue;
      if (total[doc] === 0) touched.push(doc);
      total[doc] += excess;
    }
  });
  return touched;
}

/** A document's exact score: its walked values, the skipped alternatives by lookup, concepts summed in order. */
function finish(postings: PostingLists, plan: PlanGroup[], skipped: boolean[][], values: WalkedValues, doc: number): number {
  const { scores } = postings.arrays;
  let total = 0;
  plan.forEach((group, g) => {
    let best = values.get(doc, g);
    group.alternatives.forEach((alt, a) => {
      if (!skipped[g][a]) return;
      let sum = 0;
      for (let j = 0; j < alt.terms.length; j += 1) {
        const at = postings.find(alt.terms[j], doc);
        if (at >= 0) sum += alt.factors[j] === 1 ? scores[at] : scores[at] * alt.factors[j];
      }
      const weighted = sum === 0 ? 0 : (alt.weight * sum) / alt.length;
      if (weighted > best) best = weighted;
    });
    if (best !== 0) total += group.importance === 1 ? best : best * group.importance;
  });
  return total;
}

/**
 * θ: the k-th best real score among a few documents likely to rank high,
 * those with the most evidence from the cheap (short-postings) alternatives.
 * -Infinity when fewer than k documents could be found that way.
 */
function firstThreshold(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number, stats?: PruneStats): number {
  const cheapLimit = Math.max(64, postings.size >> 5);
  const { best, total, inBest } = acc;
  const touched: number[] = [];
  for (const group of plan) {
    let bests = 0;
    for (const alt of group.alternatives) {
      if (alt.postings > cheapLimit) continue;
      if (stats) stats.walked += alt.postings;
      bests = walkAlternative(postings, alt, acc, bests);
    }
    for (let i = 0; i < bests; i += 1) {
      const doc = inBest[i];
      if (total[doc] === 0) touched.push(doc);
      total[doc] += best[doc] * group.importance;
      best[doc] = 0;
    }
  }
  const probes = new TopK(PROBES_PER_RESULT * k);
  for (const doc of touched) probes.offer(doc, total[doc]);
  for (const doc of touched) total[doc] = 0;
  if (touched.length < k) return -Infinity;
  const top = new TopK(k);
  const probed = probes.sorted();
  for (const { index } of probed) top.offer(index, scoreOne(postings, plan, index));
  if (stats) stats.scored += probed.length;
  return top.threshold;
}
