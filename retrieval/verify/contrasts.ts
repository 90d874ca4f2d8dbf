/**
 * Opposites: a sentence that says "weakens", "private" or "international"
 * where the clause sentence it rests on says "strengthens", "public" or
 * "national". A concept of the sentence that the cited clauses do not carry,
 * whose opposite (the lexicon's antonyms, from WordNet and its translations)
 * that clause sentence holds and the sentence itself does not, turns the
 * clause's meaning around.
 */
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept } from './analysis.ts';

export interface RestingSentence {
  text: string;
  terms: Set<string>;
  /** The clause's language. */
  lang: Lang;
}

/** The first concept said the opposite way, as the sentence's word and the clause's; none when all agree. */
export function oppositeSaid(
  text: string,
  groups: TermGroup[],
  resting: RestingSentence,
  carried: Set<string>,
  opposites: (group: TermGroup) => Set<string>,
  lang: Lang,
): { said: string; clause: string } | undefined {
  const own = new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)));
  for (const group of groups) {
    if (hasConcept(group, carried)) continue;
    for (const opposite of opposites(group)) {
      if (resting.terms.has(opposite) && !own.has(opposite))
        return { said: surface(text, group.original.join(' '), lang), clause: surface(resting.text, opposite, resting.lang) };
    }
  }
  return undefined;
}

/** A text's word for an analysed term ("nationales" for "national"), or the term when no single word gives it. */
function surface(text: string, term: string, lang: Lang): string {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.find((w) => analyze(w, lang).includes(term)) ?? term;
}
