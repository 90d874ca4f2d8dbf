/**
 * Dates bound to their statement: a clause that says "the first meeting …
 * on 17 September 2025 from 13:00 to 14:00. It takes place during the SG20
 * meeting, held from 15 to 25 September 2025" gives the SG20 meeting no
 * time of day. A sentence that rests clearly on one dated sentence of its
 * clause (most of its concepts there, far more than in any other) must find
 * its dates and times in that sentence.
 */
import type { Lang, TermGroup } from '../types.ts';
import { carriedWeight, type TextAnalysis } from './analysis.ts';
import { found } from './matching.ts';

/** The sentence the statement rests on carries this share of its concepts' weight … */
const RESTING_SHARE = 0.6;
/** … and this many times what the next sentence carries. */
const MARGIN = 1.5;
const DATED = new Set(['date', 'time', 'month']);

export function datesFromElsewhere(
  sentence: TextAnalysis,
  concepts: (text: string) => TermGroup[],
  clause: TextAnalysis,
  weight: (group: TermGroup) => number,
  read: (text: string, lang: Lang) => TextAnalysis,
): string[] {
  const dated = sentence.facts.filter((f) => DATED.has(f.kind));
  if (!dated.length || clause.sentences.length < 2) return [];
  // What the sentence says besides its facts decides which statement it rests on: the dates are what is checked.
  const groups = concepts(sentence.rest);
  const total = groups.reduce((sum, g) => sum + weight(g), 0);
  const scores = clause.sentences.map((s) => ({ s, score: carriedWeight(groups, s.terms, weight) })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!total || best.score / total < RESTING_SHARE || best.score < MARGIN * (next?.score ?? 0)) return [];
  const resting = read(best.s.text, clause.lang);
  if (!resting.facts.some((f) => DATED.has(f.kind))) return [];
  return dated
    .filter((f) => found(f, clause) && !found(f, resting))
    .map((f) => `"${f.surface}" is the date of another statement of the clause than the one this sentence rests on`);
}
