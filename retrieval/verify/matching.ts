/**
 * Does a clause state a sentence's hard fact? Keys compare as normalised;
 * a number is found as a number, a number word, a year or a day of a date;
 * a date matches a clause date with the same day, month and year given;
 * a person matches by any of their names; a conference's short name and year
 * ("PP-18") matches the conference named with its year.
 */
import type { Fact } from './fact.ts';
import type { TextAnalysis } from './analysis.ts';
import { regionOfAdjective } from './names.ts';
import { durationUnit, type DurationUnit } from '../lang/durations.ts';

function numbersOf(clause: TextAnalysis): Set<number> {
  const out = new Set<number>();
  for (const f of clause.facts) {
    if ((f.kind === 'number' || f.kind === 'ordinal') && f.value !== undefined) out.add(f.value);
    if (f.date?.d) out.add(f.date.d);
    if (f.date?.y) out.add(f.date.y);
  }
  return out;
}

function dateFound(f: Fact, clause: TextAnalysis): boolean {
  const want = f.date ?? {};
  return clause.facts.some((c) => {
    if (!c.date && !(c.kind === 'number' && want.y && !want.m && c.value === want.y)) return false;
    const has = c.date ?? { y: c.value };
    return (!want.d || want.d === has.d) && (!want.m || want.m === has.m) && (!want.y || want.y === has.y);
  });
}

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'm', 'mme', 'sr', 'sra', 'prof']);

/** Whether `clause` states `fact`. */
export function found(fact: Fact, clause: TextAnalysis): boolean {
  switch (fact.kind) {
    case 'number':
      return numbersOf(clause).has(fact.value!) || multipleFound(fact, clause) || shareFound(fact, clause) || durationFound(fact, clause);
    case 'ordinal':
      return clause.facts.some((c) => c.kind === 'ordinal' && c.value === fact.value) || numbersOf(clause).has(fact.value!);
    case 'date':
    case 'month':
    case 'year':
      return dateFound(fact, clause);
    case 'person':
      return fact.surface.split(/\s+/).some((w) => w.length > 2 && !TITLE_WORDS.has(w) && clause.words.has(w));
    case 'code':
      return clause.keys.has(fact.key) || conferenceFound(fact.key, clause) || prefixedFound(fact.key, clause);
    case 'place':
      // "22 pays d'Afrique" is what "22 pays africains" says.
      return clause.keys.has(fact.key) || [...clause.words].some((w) => regionOfAdjective(w) === fact.key);
    default:
      return clause.keys.has(fact.key);
  }
}

/**
 * "More than four times the 9 hours": a multiple the sentence works out from two of the clause's numbers (41 hours
 * against 9), within a tenth, or beyond it as the sentence's bound says.
 */
function multipleFound(fact: Fact, clause: TextAnalysis): boolean {
  if (!/^(?:times|fois|veces)\b/.test(fact.after ?? '')) return false;
  const values = [...numbersOf(clause)].filter((v) => v > 0);
  const n = fact.value!;
  return values.some((a) =>
    values.some((b) => {
      const ratio = a / b;
      if (fact.qualifier === 'min') return ratio > n;
      if (fact.qualifier === 'max') return ratio < n && ratio > 1;
      return Math.abs(ratio - n) <= n / 10;
    }),
  );
}

/** Each unit of time as a multiple of the smallest one it converts to exactly (a month is no number of days). */
const IN_BASE: Record<DurationUnit, [string, number]> = {
  day: ['day', 1],
  week: ['day', 7],
  month: ['month', 1],
  year: ['month', 12],
  hour: ['minute', 60],
  minute: ['minute', 1],
};

/** The word after a number that names a unit of time, with its unit ("days" of "28 days"), if any. */
function unitAfter(fact: Fact): { word: string; unit: DurationUnit } | undefined {
  const word = (fact.after ?? '').trim().split(/\s+/)[0] ?? '';
  const unit = fact.value !== undefined ? durationUnit(word) : undefined;
  return unit && { word, unit };
}

/** The word after a number that names a unit of time ("days" of "28 days", "semaines" of "quatre semaines"), if any. */
export function durationWord(fact: Fact): string | undefined {
  return unitAfter(fact)?.word;
}

/** A length of time counted from a word after a number ("28 days", "quatre semaines"), in its base unit. */
export function lengthOf(fact: Fact): [string, number] | undefined {
  const unit = unitAfter(fact)?.unit;
  return unit && [IN_BASE[unit][0], fact.value! * IN_BASE[unit][1]];
}

/** "28 days" for the clause's "quatre semaines", "24 months" for "deux ans": the same length in another unit. */
function durationFound(fact: Fact, clause: TextAnalysis): boolean {
  const length = lengthOf(fact);
  if (!length) return false;
  return clause.facts.some((c) => {
    const theirs = c.kind === 'number' ? lengthOf(c) : undefined;
    return theirs !== undefined && theirs[0] === length[0] && theirs[1] === length[1];
  });
}

/** "19 des 31 administrations, soit environ 61 %": a share the sentence works out from two of the clause's counts, rounded. */
function shareFound(fact: Fact, clause: TextAnalysis): boolean {
  if (!/^\s*(?:%|per ?cent|pour ?cent|por ?ciento)/.test(fact.after ?? '')) return false;
  const counts = clause.facts.flatMap((c) => (c.kind === 'number' && !c.unit && c.value ? [c.value] : []));
  return counts.some((a) => counts.some((b) => a < b && Math.abs((100 * a) / b - fact.value!) < 1));
}

/** A code given without its group's prefix: "D2.2" is the clause's "FG-MAP-D2.2", "C007" its "GE-SIMSFM-C007". */
function prefixedFound(key: string, clause: TextAnalysis): boolean {
  const code = key.slice('code:'.length);
  return /\d/.test(code) && [...clause.keys].some((k) => k.startsWith('code:') && k.endsWith(`-${code}`));
}

/** An ITU conference's short name and year ("PP-18", "AMNT-24", "CMDT-22"): the conference named and the year given. */
function conferenceFound(key: string, clause: TextAnalysis): boolean {
  const m = /^code:(pp|wtsa|wtdc)-(\d{2})$/.exec(key);
  return m !== null && clause.keys.has(`entity:${m[1]}`) && numbersOf(clause).has(2000 + Number(m[2]));
}

/** A sentence's facts that none of its cited clauses states. */
export function missingFacts(facts: Fact[], clauses: TextAnalysis[], allowed: Set<string>): Fact[] {
  return facts.filter((f) => !allowed.has(f.key) && !clauses.some((c) => found(f, c)));
}
