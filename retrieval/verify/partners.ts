/**
 * Two names joined by "and" ("soutenue par la GIZ et l'ONUDC") where the clause joins the first to another name ("la
 * GIZ et Microsoft", the UNODC named further on for another part of the work): the sentence gave the first name's partner
 * wrongly. Names are written with a capital (acronyms, proper names), in the text as written.
 */
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import type { TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

const NAME = String.raw`[A-ZÀ-Ý][\p{L}\d-]+`;
const ARTICLE = String.raw`(?:l'|l’|la |le |les |the |el |los |las )?`;
const JOINED = new RegExp(String.raw`(?<![\p{L}\d-])(${NAME})\)?\s+(?:et|and|y|&)\s+${ARTICLE}(${NAME})(?![\p{L}\d-])`, 'gu');

/** Each pair of names joined by "and", folded. */
function joinedNames(text: string): Array<[string, string]> {
  return [...text.matchAll(JOINED)].map((m) => [fold(m[1]), fold(m[2])]);
}

/** A cited clause's joined names, read once per clause: the same clauses are cited answer after answer. */
const clausePairs = perClause((_clause: TextAnalysis, text: string) => joinedNames(text));

/**
 * The sentence's joined names whose first name the clauses join to another name, and never to this one. Same language
 * only: across languages the words between differ ("the BR and TSB Directors" for "du BR et le Directeur du TSB").
 */
export function swappedPartners(text: string, lang: Lang, cited: Array<{ text: string }>, clauses: TextAnalysis[]): string[] {
  const mine = joinedNames(text);
  if (!mine.length || clauses.some((c) => c.lang !== lang)) return [];
  const theirs = clauses.flatMap((c, i) => clausePairs(c, cited[i].text));
  const out: string[] = [];
  for (const [a, b] of mine) {
    const partners = theirs.filter(([x, y]) => x === a || y === a).map(([x, y]) => (x === a ? y : x));
    if (partners.length && !partners.includes(b)) out.push(`"${a} … ${b}": the clause joins ${a} to ${partners[0]}`);
  }
  return out;
}
