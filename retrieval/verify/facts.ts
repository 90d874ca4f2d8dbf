/**
 * Hard facts of a text: every number, date, time, month, year, study group,
 * working party, Question, Resolution, Recommendation, document code,
 * e-mail, URL, body, place, person and frequency it names, normalised so that a
 * French clause and an English sentence compare ("13:00" = "13 heures",
 * "SG20" = "CE 20", "TSAG" = "GCNT").
 */
import type { Lang } from '../types.ts';
import { extractDates, extractTimes, extractYears } from './dates.ts';
import { qualify } from './bounds.ts';
import { type Fact, type Prepared, mask, prepare } from './fact.ts';
import { extractCodes, extractIds } from './ids.ts';
import { extractNamed, extractPeople } from './names.ts';
import { extractFrequencies } from './frequencies.ts';
import { extractNumbers, extractOrdinals } from './numbers.ts';

export interface FactSet {
  prepared: Prepared;
  facts: Fact[];
}

/** Section references ("§ 4.4", "para. 2") point at the clause cited: they are not facts about the world. */
function maskReferences(p: Prepared): void {
  for (const m of [...p.masked.matchAll(/(?:§|\bparas?\.|\bparagraphs?|\bsections?)\s*\d+(?:\.\d+)*/g)])
    mask(p, m.index!, m.index! + m[0].length);
}

/** Every hard fact of `raw`, read in order of precedence (identifiers, dates, codes, numbers, names). */
export function extractFacts(raw: string, lang: Lang, knownPeople: ReadonlyMap<string, string[]> = new Map()): FactSet {
  const p = prepare(raw);
  const facts: Fact[] = [];
  extractIds(p, facts);
  maskReferences(p);
  extractDates(p, lang, facts);
  extractTimes(p, facts);
  extractOrdinalDigits(p, lang, facts);
  extractCodes(p, facts);
  extractYears(p, facts);
  extractOrdinals(p, lang, facts);
  extractFrequencies(p, lang, facts);
  extractNumbers(p, lang, facts);
  extractNamed(p, facts);
  extractPeople(p, knownPeople, facts);
  qualify(p, facts, lang);
  facts.sort((a, b) => a.start - b.start);
  return { prepared: p, facts };
}

function extractOrdinalDigits(p: Prepared, lang: Lang, facts: Fact[]): void {
  // Only the digit forms ("1er", "4th") come before codes, which would read them as "1er"; words come later.
  const before = facts.length;
  extractOrdinals(p, 'en' === lang ? 'en' : lang, facts);
  // Ordinal words found here are kept: reading them now or later gives the same facts.
  void before;
}
