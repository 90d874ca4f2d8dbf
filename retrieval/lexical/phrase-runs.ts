/**
 * Questions worded like the documents repeat their long names whole: "the ITU Workshop on Spectrum Monitoring for
 * Mobile Network Security". BM25 counts each word apart, and a long clause that holds the whole name in order ranks
 * below short ones that hold its words here and there, or only in the title every clause of the document shares. A
 * candidate whose own text holds several of the question's concepts in a row, in the question's order, is lifted.
 */
import type { TermGroup } from '../types.ts';

/** Concepts in a row from which a clause is lifted, and the lift for each one more (at most MAX_LIFTED more). */
export const MIN_RUN = 3;
const LIFT = 0.15;
const MAX_LIFTED = 4;

/** The longest run of the question's concepts, consecutive in the question, that the clause's terms hold in order. */
export function longestRun(groups: TermGroup[], terms: string[]): number {
  // For the concept before and the current one: where each of its matches ends in `terms`, with the run it closes.
  let previous = new Map<number, number>();
  let best = 0;
  for (const g of groups) {
    const current = new Map<number, number>();
    for (const { terms: alt } of g.alternatives) {
      if (!alt.length) continue;
      for (let at = terms.indexOf(alt[0]); at >= 0; at = terms.indexOf(alt[0], at + 1)) {
        if (!alt.every((t, k) => terms[at + k] === t)) continue;
        const run = (previous.get(at) ?? 0) + 1;
        const end = at + alt.length;
        if (run > (current.get(end) ?? 0)) current.set(end, run);
        best = Math.max(best, run);
      }
    }
    previous = current;
  }
  return best;
}

/** The factor a candidate's lexical score is lifted by for a run of `run` concepts. */
export function runLift(run: number): number {
  return 1 + LIFT * Math.min(MAX_LIFTED, Math.max(0, run - MIN_RUN + 1));
}
