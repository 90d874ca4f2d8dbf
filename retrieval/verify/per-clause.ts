/**
 * What a rule reads from a cited clause, read once per analysis of it: the checker keeps each clause's analysis
 * (`RuleChecker.clause`), so a clause cited by many sentences, or read by several rules, is not read again.
 */
import type { TextAnalysis } from './analysis.ts';

/** `read`, run once per clause analysis and remembered with it (extra arguments are the clause's own, e.g. its text). */
export function perClause<T, A extends unknown[]>(read: (clause: TextAnalysis, ...args: A) => T): (clause: TextAnalysis, ...args: A) => T {
  const cache = new WeakMap<TextAnalysis, T>();
  return (clause, ...args) => {
    if (cache.has(clause)) return cache.get(clause)!;
    const out = read(clause, ...args);
    cache.set(clause, out);
    return out;
  };
}

/** A clause's text again, from its sentences (what rules that read the whole clause at once search). */
export const clauseText = (clause: TextAnalysis): string => clause.sentences.map((s) => s.text).join(' ');
