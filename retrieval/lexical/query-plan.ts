/**
 * A query's concepts compiled against the postings: term ids, the factor
 * each term's contribution is multiplied by (the general-dictionary cap), and
 * the upper bound of each alternative's contribution, which dynamic pruning
 * reads. Exhaustive and pruned search both score from the same plan, with
 * the same arithmetic in the same order.
 */
import type { TermGroup } from '../types.ts';
import type { PostingLists } from './postings.ts';

/**
 * On corpora this large, a term found in more than COMMON_SHARE of the
 * clauses is not scored inside a concept that has rarer alternatives (it
 * still counts for coverage). Smaller corpora are scored exactly.
 */
export const LARGE_CORPUS = 20_000;
export const COMMON_SHARE = 0.2;

export interface PlanAlternative {
  /** Term ids that are scored (absent and skipped terms left out), in the order asked. */
  terms: number[];
  /** Per scored term: 1, or the general-dictionary cap factor. */
  factors: number[];
  weight: number;
  /** Number of words of the alternative as written (the mean divides by it, scored or not). */
  length: number;
  /** Largest contribution this alternative can give any document, importance included. */
  bound: number;
  /** Postings walked to score it. */
  postings: number;
}

export interface PlanGroup {
  alternatives: PlanAlternative[];
  importance: number;
}

export function idfOf(postings: PostingLists, df: number): number {
  return Math.log(1 + (postings.size - df + 0.5) / (df + 0.5));
}

export function compilePlan(postings: PostingLists, groups: TermGroup[]): PlanGroup[] {
  const n = postings.size;
  const commonLimit = n >= LARGE_CORPUS ? COMMON_SHARE * n : Infinity;
  const dfOf = (term: string) => {
    const id = postings.termId.get(term);
    return id === undefined ? Infinity : postings.df(id);
  };
  return groups.map((group) => {
    // A concept made only of common terms is still scored: pruning must not drop a whole concept.
    const limit = group.alternatives.some((a) => a.terms.some((t) => dfOf(t) <= commonLimit)) ? commonLimit : Infinity;
    const capIdf = lexiconCap(postings, group);
    const importance = group.importance ?? 1;
    const alternatives = group.alternatives.map((alt): PlanAlternative => {
      const terms: number[] = [];
      const factors: number[] = [];
      let sum = 0;
      let walked = 0;
      for (const term of alt.terms) {
        const id = postings.termId.get(term);
        if (id === undefined || postings.df(id) > limit) continue;
        const factor = alt.source === 'lexicon' ? Math.min(1, capIdf / idfOf(postings, postings.df(id))) : 1;
        terms.push(id);
        factors.push(factor);
        sum += postings.maxScore[id] * factor;
        walked += postings.df(id);
      }
      const bound = (importance * (alt.weight * sum)) / alt.terms.length;
      return { terms, factors, weight: alt.weight, length: alt.terms.length, bound, postings: walked };
    });
    return { alternatives, importance };
  });
}

/**
 * A general-dictionary alternative never scores a term above the rarest
 * word the question used, so it cannot outrank an exact match; when the
 * corpus has none of the words as asked, nothing caps it.
 */
function lexiconCap(postings: PostingLists, group: TermGroup): number {
  let cap = 0;
  for (const t of group.original) {
    const id = postings.termId.get(t);
    if (id !== undefined) cap = Math.max(cap, idfOf(postings, postings.df(id)));
  }
  return cap || Infinity;
}

/** Postings an exhaustive search of the plan walks. */
export function planPostings(plan: PlanGroup[]): number {
  let total = 0;
  for (const group of plan) for (const alt of group.alternatives) total += alt.postings;
  return total;
}
