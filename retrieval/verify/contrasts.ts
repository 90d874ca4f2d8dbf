/**
 * Opposites: a sentence that says "weakens", "private" or "international"
 * where the clause sentence it rests on says "strengthens", "public" or
 * "national". A concept of the sentence that the cited clauses do not carry,
 * whose opposite (the lexicon's antonyms, from WordNet and its translations)
 * that clause sentence holds and the sentence itself does not, turns the
 * clause's meaning around.
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { carriedWeight, hasConcept, type TextAnalysis } from './analysis.ts';

interface RestingSentence {
  text: string;
  terms: Set<string>;
  /** The clause's language. */
  lang: Lang;
}

/**
 * Why the sentence says the opposite of the clause sentence it rests on (the one carrying most of its concepts'
 * weight): the first concept said the opposite way; none when all agree.
 */
export function oppositeSaid(
  text: string,
  groups: TermGroup[],
  clauses: TextAnalysis[],
  weight: (group: TermGroup) => number,
  carried: Set<string>,
  opposites: (group: TermGroup) => Map<string, Set<Lang>>,
  lang: Lang,
): string | undefined {
  const resting = restingSentence(groups, clauses, weight);
  if (!resting) return undefined;
  const bound = oppositeBound(text, lang, resting);
  if (bound) return bound;
  // The sentence's own terms, every alternative of every concept: read only once an opposite is met (rarely).
  let own: Set<string> | undefined;
  const isOwn = (term: string) => (own ??= new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)))).has(term);
  for (const group of groups) {
    if (hasConcept(group, carried)) continue;
    const word = surface(text, group.original.join(' '), lang);
    if (denied(text, word, lang) || referring(text, word, lang)) continue;
    for (const [opposite, of] of opposites(group)) {
      // An opposite in the clause's language: the English "date" (of "up to date") is no word of a French clause.
      if (of.has(resting.lang) && resting.terms.has(opposite) && !isOwn(opposite)) {
        const said = surface(text, group.original.join(' '), lang);
        return `"${said}" says the opposite of the clause's "${surface(resting.text, opposite, resting.lang)}"`;
      }
    }
  }
  return undefined;
}

/**
 * Inside a bound and outside it, which stop words say and the antonyms therefore miss: "outside existing budgetary
 * resources" against "within existing budgetary resources" ("dans la limite des ressources", "dentro de los recursos").
 */
const BOUND_SIDES: Record<Lang, [RegExp, RegExp]> = {
  en: [/\b(?:within|inside)\b/, /\b(?:outside|beyond)\b/],
  fr: [/\b(?:dans la limite|dans les limites|a l'interieur)\b/, /\b(?:en dehors|hors|au-dela)\b/],
  es: [/\b(?:dentro)\b/, /\b(?:fuera|mas alla)\b/],
};

function oppositeBound(text: string, lang: Lang, resting: RestingSentence): string | undefined {
  const [inside, outside] = BOUND_SIDES[lang];
  const [clauseInside, clauseOutside] = BOUND_SIDES[resting.lang];
  const own = fold(text);
  const said = outside.exec(own)?.[0];
  if (!said || inside.test(own)) return undefined;
  const theirs = fold(resting.text);
  if (clauseInside.test(theirs) && !clauseOutside.test(theirs))
    return `"${said}" says the opposite of the clause's "${clauseInside.exec(theirs)![0]}"`;
  return undefined;
}

/** The clause sentence that carries most of the concepts' weight; none when no sentence carries any. */
function restingSentence(groups: TermGroup[], clauses: TextAnalysis[], weight: (group: TermGroup) => number): RestingSentence | undefined {
  let resting: RestingSentence | undefined;
  let best = 0;
  for (const c of clauses) {
    for (const s of c.sentences) {
      const score = carriedWeight(groups, s.terms, weight);
      if (score > best) [resting, best] = [{ ...s, lang: c.lang }, score];
    }
  }
  return resting;
}

/** The particle that denies the word a few words before it: "will not stop", "ne mettra pas fin", "no dejará". */
const DENIAL: Record<Lang, string> = {
  en: String.raw`(?:(?<!\p{L})(?:not|never)|n't)`,
  fr: String.raw`(?<!\p{L})(?:pas|jamais|plus)`,
  es: String.raw`(?<!\p{L})(?:no|nunca)`,
};

/**
 * "The latter", "ce dernier", "este último" standing alone (before punctuation, a verb or a preposition) point back to
 * a thing named before: a pronoun, no "latter" against the clause's "previously". Before a noun they are adjectives
 * ("the former chair"), read as said.
 */
const REFERRING: Record<Lang, [string, string]> = {
  en: [String.raw`the\s+(?:latter|former)`, 'is was are were has have had will would can may must in with through'],
  fr: [String.raw`(?:ce|cet|cette|ces)\s+derni[eè]re?s?`, 'est sont a ont sera seront avec en par dans'],
  es: [String.raw`(?:este|esta|estos|estas)\s+[uú]ltim[oa]s?`, 'es son ha han será serán con en por'],
};
const referringPatterns = new Map<Lang, RegExp>();

function referring(text: string, word: string, lang: Lang): boolean {
  let re = referringPatterns.get(lang);
  if (!re) {
    const [pronoun, next] = REFERRING[lang];
    const alone = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:${next.replace(/ /g, '|')})(?![\p{L}]))`;
    referringPatterns.set(lang, (re = new RegExp(String.raw`(?<![\p{L}])${pronoun}${alone}`, 'giu')));
  }
  return [...text.matchAll(re)].some((m) => m[0].toLowerCase().endsWith(word.toLowerCase()));
}

/** Whether the word is denied where the sentence says it: the opposite denied is the clause's meaning, kept. */
function denied(text: string, word: string, lang: Lang): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`${DENIAL[lang]}\s+(?:\S+\s+){0,1}${escaped}(?![\p{L}])`, 'iu').test(text);
}

/** A text's word for an analysed term ("nationales" for "national"), or the term when no single word gives it. */
function surface(text: string, term: string, lang: Lang): string {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.find((w) => analyze(w, lang).includes(term)) ?? term;
}
