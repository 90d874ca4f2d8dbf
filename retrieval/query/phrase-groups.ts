/**
 * Multiword expressions of the general lexicon as concepts ("set up", "take
 * part"): query/concepts.ts groups a question's words, then lets an
 * expression the lexicon knows take the place of its words.
 */
import type { TermGroup } from '../types.ts';
import type { PhraseMatch } from './lexicon.ts';

/**
 * A multiword expression of the lexicon ("set up", "take part") becomes one
 * concept in place of the plain words it is made of, with the expression's
 * senses instead of each word's ("set up" → "establish", "créer"; not
 * "set" → "ensemble"). Words the glossary already grouped are left alone.
 */
export function withPhrases(
  groups: TermGroup[],
  phrases: PhraseMatch[],
): { groups: TermGroup[]; phrased: Map<TermGroup, PhraseMatch['alternatives']> } {
  const phrased = new Map<TermGroup, PhraseMatch['alternatives']>();
  const out = [...groups];
  // A word the glossary expands keeps its terms of art, unless the expression leaves it alone among stop words ("right
  // now": "rights" → "droits" is no sense of it).
  const isPlain = (g: TermGroup, phrase: PhraseMatch) =>
    g.original.length === 1 && (g.alternatives.length === 1 || phrase.terms.length === 1);
  for (const phrase of phrases) {
    const n = phrase.terms.length;
    const at = out.findIndex(
      (_, i) =>
        out.slice(i, i + n).length === n && out.slice(i, i + n).every((g, k) => isPlain(g, phrase) && g.original[0] === phrase.terms[k]),
    );
    if (at < 0) continue;
    const group: TermGroup = { original: phrase.terms, alternatives: [{ terms: phrase.terms, weight: 1 }] };
    out.splice(at, n, group);
    phrased.set(group, phrase.alternatives);
  }
  return { groups: out, phrased };
}
