/**
 * Dates bound to their statement: a clause that says "the first meeting …
 * on 17 September 2025 from 13:00 to 14:00. It takes place during the SG20
 * meeting, held from 15 to 25 September 2025" gives the SG20 meeting no
 * time of day. A sentence that rests clearly on one dated sentence of its
 * clause (most of its concepts there, far more than in any other) must find
 * its dates and times in that sentence. The same holds for the bodies and places it
 * names ("co-led by ITU and UNICEF" where UNICEF is named only in a later
 * statement of the clause), except a body named before that statement
 * (carried on by a pronoun, unless it was named in brackets, an aside) and the document's own issuer or addressee.
 */
import type { Lang, TermGroup } from '../types.ts';
import { carriedWeight, hasConcept, type TextAnalysis } from './analysis.ts';
import type { Fact } from './fact.ts';
import { found } from './matching.ts';

/** The sentence the statement rests on carries this share of its concepts' weight … */
const RESTING_SHARE = 0.6;
/** … and this many times what the next sentence carries. */
const MARGIN = 1.5;
/** A sentence carrying this share of its concepts' weight in another statement of the clause says that one too. */
const COMBINED_SHARE = 0.25;
const DATED = new Set(['date', 'time', 'month']);
/** Bodies and organisations ("UNICEF", "OAS"), and places: who does what where is bound to the statement too. */
const BODIES = new Set(['entity', 'place']);

/**
 * A sentence without its asides in brackets: a body named in one ("… et de cybercriminalité (en coopération avec
 * l'ONUDC) en 2024") is no subject that the clause's next statement carries on.
 */
function unbracketed(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ');
}

export function datesFromElsewhere(
  sentence: TextAnalysis,
  concepts: (text: string) => TermGroup[],
  clause: TextAnalysis,
  weight: (group: TermGroup) => number,
  read: (text: string, lang: Lang) => TextAnalysis,
  /** The document's issuer and addressee ("les Membres de l'APT" of an APT proposal) speak in all its statements. */
  speakers: ReadonlySet<string> = new Set(),
): string[] {
  if (clause.sentences.length < 2) return [];
  // Only a fact the clause states can be bound to another of its statements; a body it names in its first statement
  // is the subject of all of them. Checked first: sentences name bodies all the time, and what follows costs.
  const stated = sentence.facts.filter((f) => (DATED.has(f.kind) || (BODIES.has(f.kind) && !speakers.has(f.key))) && found(f, clause));
  const opening = stated.some((f) => BODIES.has(f.kind)) ? read(unbracketed(clause.sentences[0].text), clause.lang) : undefined;
  const dated = stated.filter((f) => DATED.has(f.kind) || !found(f, opening!));
  if (!dated.length) return [];
  // What the sentence says besides its facts decides which statement it rests on: the dates are what is checked.
  const groups = concepts(sentence.rest);
  const total = groups.reduce((sum, g) => sum + weight(g), 0);
  const scores = clause.sentences.map((s) => ({ s, score: carriedWeight(groups, s.terms, weight) })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!total || best.score / total < RESTING_SHARE || best.score < MARGIN * (next?.score ?? 0)) return [];
  const resting = read(best.s.text, clause.lang);
  const restingDated = resting.facts.some((f) => DATED.has(f.kind));
  // A body named before the statement is still its subject there ("Le Groupe JCG-IoTSec … Il est ouvert à …").
  const before = clause.sentences.slice(0, clause.sentences.indexOf(best.s)).map((s) => read(unbracketed(s.text), clause.lang));
  // A sentence that says the other statement too ("… au siège de l'UIT, en marge de la réunion de la CE 20 de l'UIT-T")
  // may name its bodies: it rests on both.
  // Said by what it adds to the resting one, words or another fact of its own: what both share says neither apart.
  const added = groups.filter((g) => !hasConcept(g, best.s.terms));
  const says = (s: TextAnalysis, f: Fact) => sentence.facts.some((g) => g.key !== f.key && found(g, s) && !found(g, resting));
  const alsoSaid = (f: Fact) =>
    scores.some(({ s }) => {
      if (s === best.s) return false;
      const other = read(s.text, clause.lang);
      return found(f, other) && (carriedWeight(added, s.terms, weight) >= COMBINED_SHARE * total || says(other, f));
    });
  const boundElsewhere = (f: Fact) =>
    DATED.has(f.kind) ? restingDated : !speakers.has(f.key) && !before.some((b) => found(f, b)) && !alsoSaid(f);
  return dated
    .filter((f) => boundElsewhere(f) && found(f, clause) && !found(f, resting))
    .map((f) =>
      BODIES.has(f.kind)
        ? `"${f.surface}" is named in another statement of the clause than the one this sentence rests on`
        : `"${f.surface}" is the date of another statement of the clause than the one this sentence rests on`,
    );
}
