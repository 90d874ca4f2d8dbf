/**
 * For whom: "aider les présidents des CE 17 et 20 à élaborer un rapport à
 * l'intention du GCNT" is not "aider le GCNT à élaborer, à l'intention des
 * présidents des CE 17 et 20, un rapport". The bodies a sentence names after
 * a word of destination ("à l'intention de", "destiné à", "intended for",
 * "addressed to", "report to", "dirigido a") must be the clause's: when the
 * clause gives the thing to other bodies, and names the sentence's only
 * elsewhere, the two have changed places.
 */
import type { TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

/** Words of destination, folded, in every language: clauses and sentences mix them. */
const DESTINATION = new RegExp(
  [
    String.raw`a l'intention d(?:e|u|es|')`,
    String.raw`destine(?:e|s|es)? a(?:ux)?`,
    String.raw`adresse(?:e|s|es)? a(?:ux)?`,
    String.raw`intended for`,
    String.raw`addressed to`,
    String.raw`for the attention of`,
    String.raw`report(?:s|ed|ing)? (?:back )?to`,
    String.raw`destinad[oa]s? a`,
    String.raw`dirigid[oa]s? a`,
    String.raw`a la atencion de`,
  ]
    .map((w) => String.raw`(?<![\w-])${w}`)
    .join('|'),
  'g',
);
/** Kinds of fact that name a body. */
const BODIES = new Set(['sg', 'wp', 'entity', 'person']);
/** How far after the word of destination its bodies may be named ("à l'intention des présidents des CE 17 et 20"). */
const REACH = 40;

/** The keys of the bodies a text names right after a word of destination (up to the next punctuation). */
function destined(text: TextAnalysis): Set<string> {
  const out = new Set<string>();
  for (const m of text.rest.matchAll(DESTINATION)) {
    const from = m.index! + m[0].length;
    const stop = /[,;:.()]/.exec(text.rest.slice(from, from + REACH));
    const to = from + (stop ? stop.index : REACH);
    for (const f of text.facts) if (BODIES.has(f.kind) && f.start >= from && f.start < to) out.add(f.key);
  }
  return out;
}

const clauseDestined = perClause(destined);

/** Bodies the sentence gives a thing to where the clause gives it to others and names these elsewhere. */
export function swappedRecipients(sentence: TextAnalysis, clauses: TextAnalysis[]): string[] {
  const mine = destined(sentence);
  const theirs = new Set(clauses.flatMap((c) => [...clauseDestined(c)]));
  if (!mine.size || !theirs.size || [...mine].some((k) => theirs.has(k))) return [];
  const named = new Set(clauses.flatMap((c) => [...c.keys]));
  if (![...mine].every((k) => named.has(k))) return [];
  const surface = (key: string) => sentence.facts.find((f) => f.key === key)?.surface ?? key;
  return [`"${[...mine].map(surface).join(', ')}": the clause destines it to others and names them in another role`];
}
