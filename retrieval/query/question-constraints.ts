/**
 * The constraints a question names: years, months, days of a month, and ordinals ("the 2nd meeting"), read from the
 * folded asking text; and "first", which constrains only what it qualifies (`firstOf`).
 */
import { ALL_TABLES, merged } from '../lang/index.ts';
import type { TermGroup } from '../types.ts';
import { analyzeQuery } from './analyze.ts';

const MONTHS = merged((t) => t.months);
const ORDINALS = merged((t) => t.ordinals);
// Month words that are everyday words too ("may", "mars", "sept"): a month only next to a day, a year or "in/en/de".
const AMBIGUOUS_MONTHS = new Set(ALL_TABLES.flatMap((t) => t.ambiguousMonths));

/** What a question's constraints are: the parts of `QuestionForm` this module reads. */
export interface Constraints {
  years: number[];
  months: number[];
  dates: Array<{ day: number; month: number }>;
  ordinals: number[];
}

export function constraints(folded: string): Constraints {
  const words = folded.trim().split(' ');
  const years = [...folded.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  const months: number[] = [];
  const dates: Array<{ day: number; month: number }> = [];
  words.forEach((w, i) => {
    const month = MONTHS.get(w.replace(/\.$/, ''));
    if (month === undefined) return;
    // "17 sept" and, in English order, "sept 17" / "sept 17th" (not "sept 2025").
    const before = /^\d{1,2}(er)?$/.test(words[i - 1] ?? '') ? Number(words[i - 1].replace('er', '')) : undefined;
    const after = /^\d{1,2}(st|nd|rd|th)?$/.test(words[i + 1] ?? '') ? Number(/^\d+/.exec(words[i + 1])![0]) : undefined;
    const day = before ?? after;
    const year = /^(19|20)\d\d$/.test(words[i + 1] ?? '');
    const introduced = ['in', 'en', 'de', 'del', 'during', 'pendant', 'durante', 'for', 'pour', 'para'].includes(words[i - 1] ?? '');
    if (day !== undefined && day >= 1 && day <= 31) dates.push({ day, month });
    else if (year || introduced || !AMBIGUOUS_MONTHS.has(w)) months.push(month);
  });
  // "the 2nd meeting" constrains the answer; "the second one" (a follow-up pointing back) does not.
  const ordinals = words.flatMap((w, i) => {
    const digits = /^(\d{1,2})(st|nd|rd|th|e|eme|er|re|o|a)$/.exec(w);
    const n = digits ? Number(digits[1]) : ORDINALS.get(w);
    const pointing = ['one', 'ones', 'un', 'une', 'uno', 'una', 'of', 'de', 'del', 'des'].includes(words[i + 1] ?? 'one');
    // "September 17th" is a date's day, read with the date; "on the 17th", in digits above 12, a day of the month.
    const day = MONTHS.has((words[i - 1] ?? '').replace(/\.$/, '')) || (digits !== null && Number(digits[1]) > 12);
    return n !== undefined && n >= 2 && !pointing && !day ? [n] : [];
  });
  return { years, months, dates, ordinals };
}

/** The analysed forms of "first" in every language: a concept "first meeting" is the meeting, for `firstOf`. */
const FIRST_TERMS = new Set(
  ALL_TABLES.flatMap((t) =>
    Object.entries(t.ordinals).flatMap(([w, n]) => (n === 1 ? (['en', 'fr', 'es'] as const) : []).map((l) => [w, l] as const)),
  ).flatMap(([w, l]) => analyzeQuery(w, l).map((q) => q.term)),
);

/** "The first meeting", "la première réunion", "1st workshop": the ways to write what "first" qualifies; none when none. */
export function firstOf(folded: string, groups: TermGroup[], groupFor: (word: string | undefined) => number): string[][] {
  const words = folded.trim().split(' ');
  const at = words.findIndex((w) => ORDINALS.get(w) === 1 || /^1(st|er|re|o|a)$/.test(w));
  const g = at >= 0 ? groupFor(words[at + 1]) : -1;
  if (g < 0) return [];
  return groups[g].alternatives.map((a) => a.terms.filter((t) => !FIRST_TERMS.has(t))).filter((terms) => terms.length);
}
