/**
 * Term-at-a-time scoring of every posting of every alternative: the
 * reference the pruned search must equal, and the scorer of one document by
 * lookups (the same arithmetic, in the same order, per document).
 */
import type { ScoredDoc } from '../types.ts';
import type { PostingLists } from './postings.ts';
import type { PlanAlternative, PlanGroup } from './query-plan.ts';
import { TopK } from './top-k.ts';
import type { WalkedValues } from './walked-values.ts';

/**
 * Per-document accumulators and lists of the documents they hold, reused
 * across searches (search is synchronous) and reset through those lists:
 * nothing is allocated per posting.
 */
export class Accumulators {
  readonly alt: Float64Array;
  readonly best: Float64Array;
  readonly total: Float64Array;
  readonly inAlt: Int32Array;
  readonly inBest: Int32Array;
  readonly inTotal: Int32Array;
  /** The pruned search's per-concept walked values, made on its first use. */
  walked?: WalkedValues;

  constructor(n: number) {
    this.alt = new Float64Array(n);
    this.best = new Float64Array(n);
    this.total = new Float64Array(n);
    this.inAlt = new Int32Array(n);
    this.inBest = new Int32Array(n);
    this.inTotal = new Int32Array(n);
  }
}

/**
 * Documents are scored in ranges of this many, so the accumulators a range
 * touches stay in the processor's cache (each array is 8 MB at 1M clauses;
 * at 1M this halved the walk). Each document is still scored by the same
 * operations in the same order.
 */
const RANGE = 1 << 15;

/**
 * Per concept the best alternative (mean of its terms' contributions times
 * its weight), times the concept's importance, summed over concepts.
 */
export function exhaustiveSearch(postings: PostingLists, plan: PlanGroup[], acc: Accumulators, k: number): ScoredDoc[] {
  const { best, total, inBest, inTotal } = acc;
  const cursors = startCursors(postings, plan);
  let totals = 0;
  for (let from = 0; from < postings.size; from += RANGE) {
    const to = Math.min(postings.size, from + RANGE);
    let at = 0;
    for (const group of plan) {
      let bests = 0;
      for (const alt of group.alternatives) {
        bests = walkAlternative(postings, alt, acc, bests, cursors, at, to);
        at += alt.terms.length;
      }
      const importance = group.importance;
      for (let i = 0; i < bests; i += 1) {
        const doc = inBest[i];
        if (total[doc] === 0) inTotal[totals++] = doc;
        total[doc] += importance === 1 ? best[doc] : best[doc] * importance;
        best[doc] = 0;
      }
    }
  }
  const top = new TopK(k);
  for (let i = 0; i < totals; i += 1) top.offer(inTotal[i], total[inTotal[i]]);
  for (let i = 0; i < totals; i += 1) total[inTotal[i]] = 0;
  return top.sorted();
}

/** Per scored term of the plan, in plan order, its first posting: where the walk of the first range starts. */
function startCursors(postings: PostingLists, plan: PlanGroup[]): Int32Array {
  let n = 0;
  for (const group of plan) for (const alt of group.alternatives) n += alt.terms.length;
  const cursors = new Int32Array(n);
  let at = 0;
  for (const group of plan) for (const alt of group.alternatives) for (const t of alt.terms) cursors[at++] = postings.arrays.offsets[t];
  return cursors;
}

/**
 * Walks one alternative into acc.best (listed in acc.inBest from `bests` on) for the documents before `to`,
 * from its terms' cursors (cursors[at …]), which it moves on; returns the new count.
 */
export function walkAlternative(
  postings: PostingLists,
  alt: PlanAlternative,
  acc: Accumulators,
  bests: number,
  cursors?: Int32Array,
  at = 0,
  to = postings.size,
): number {
  const c = cursors ?? Int32Array.from(alt.terms, (t) => postings.arrays.offsets[t]);
  return alt.terms.length === 1 ? walkSingle(postings, alt, acc, bests, c, at, to) : walkPhrase(postings, alt, acc, bests, c, at, to);
}

/**
 * An alternative with one scored term: its mean is that term's contribution
 * (0 + x = x), so no per-alternative accumulator is needed.
 */
/** Walks one alternative for the documents before `to` from cursors[at …], moving them on; returns the new count of acc.inBest. */
type Walk = (
  postings: PostingLists,
  alt: PlanAlternative,
  acc: Accumulators,
  bests: number,
  cursors: Int32Array,
  at: number,
  to: number,
) => number;

const walkSingle: Walk = (postings, alt, acc, bests, cursors, at, to) => {
  const { docs, scores, offsets } = postings.arrays;
  const { best, inBest } = acc;
  const factor = alt.factors[0];
  const { weight, length } = alt;
  const end = offsets[alt.terms[0] + 1];
  // The term as asked (weight 1, one word, no cap) is the commonest case: its contribution is the score itself.
  const plain = factor === 1 && weight === 1 && length === 1;
  let i = cursors[at];
  for (; i < end; i += 1) {
    const doc = docs[i];
    if (doc >= to) break;
    const weighted = plain ? scores[i] : (weight * (factor === 1 ? scores[i] : scores[i] * factor)) / length;
    if (weighted > best[doc]) {
      if (best[doc] === 0) inBest[bests++] = doc;
      best[doc] = weighted;
    }
  }
  cursors[at] = i;
  return bests;
};

/** An alternative of several terms: their contributions summed per document, in the order asked, then the mean. */
const walkPhrase: Walk = (postings, alt, acc, bests, cursors, at, to) => {
  const { docs, scores, offsets } = postings.arrays;
  const { alt: altScore, best, inAlt, inBest } = acc;
  let alts = 0;
  for (let j = 0; j < alt.terms.length; j += 1) {
    const factor = alt.factors[j];
    const end = offsets[alt.terms[j] + 1];
    let i = cursors[at + j];
    for (; i < end; i += 1) {
      const doc = docs[i];
      if (doc >= to) break;
      if (altScore[doc] === 0) inAlt[alts++] = doc;
      altScore[doc] += factor === 1 ? scores[i] : scores[i] * factor;
    }
    cursors[at + j] = i;
  }
  for (let i = 0; i < alts; i += 1) {
    const doc = inAlt[i];
    const weighted = (alt.weight * altScore[doc]) / alt.length;
    altScore[doc] = 0;
    if (weighted > best[doc]) {
      if (best[doc] === 0) inBest[bests++] = doc;
      best[doc] = weighted;
    }
  }
  return bests;
};

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
