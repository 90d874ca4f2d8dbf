/**
 * Whether two analysed words of one language may name one thing, in any sense the general lexicon gives: one is among
 * the other's alternatives of its own language (a synonym, the thesaurus: "dirigeant" → "responsable"), or the two share
 * a translation ("manager"). Loose on purpose: it tells whether two counts may count the same thing, never supports a
 * statement.
 */
import type { Lang } from '../types.ts';
import type { Lexicon, LexiconAlternative } from './lexicon.ts';

const single = (x: LexiconAlternative) => x.terms.length === 1;

export function akin(lexicon: Lexicon, a: string, b: string, lang: Lang): boolean {
  const [ofA, ofB] = [lexicon.alternatives(a, lang), lexicon.alternatives(b, lang)];
  if (ofA.some((x) => single(x) && x.lang === lang && x.terms[0] === b)) return true;
  if (ofB.some((x) => single(x) && x.lang === lang && x.terms[0] === a)) return true;
  const translations = new Set(ofA.filter((x) => single(x) && x.lang !== lang).map((x) => `${x.lang}:${x.terms[0]}`));
  return ofB.some((x) => single(x) && x.lang !== lang && translations.has(`${x.lang}:${x.terms[0]}`));
}
