/** Opposite pairs for the general lexicon (scripts/lexicon/build-lexicon.ts), from WordNet antonyms and FreeDict. */
import { analyzeQuery } from '../../retrieval/query/analyze.ts';
import type { LexiconFile } from '../../retrieval/query/lexicon.ts';
import type { Lang } from '../../retrieval/types.ts';
import type { Pairs } from './freedict.ts';

/** Words that deny ("bien" ↔ "non"): the verifier's polarity rule reads them in context, an opposite pair would not. */
const DENIALS = new Set('no not never none without non pas jamais aucun sans rien nunca ningún ninguno sin nada'.split(' '));

/**
 * Opposites per language, analysed ("public" → "priv"): WordNet's direct antonyms of the English words people use;
 * for French and Spanish, the first four translations of both words of an English pair ("increase"/"decrease" →
 * "augmenter"/"diminuer"), and a word's first two English translations, their antonyms, and those translated back
 * (first two again), kept only when the way back finds the pair too ("commencer" → "begin" → "end" → "dernier" is not
 * confirmed from "dernier", whose way leads to "premier"). The verifier reads them: a sentence that says
 * "private" where its clause says "public".
 */
export function antonyms(
  english: Map<string, string[]>,
  everyday: Set<string>,
  translations: Record<'fr' | 'es', [toEnglish: Pairs, fromEnglish: Pairs]>,
): NonNullable<LexiconFile['antonyms']> {
  const out: NonNullable<LexiconFile['antonyms']> = { en: Object.create(null), fr: Object.create(null), es: Object.create(null) };
  const analysed = (lang: Lang, word: string) => {
    const terms = analyzeQuery(word, lang).map((t) => t.term);
    return terms.length === 1 ? terms[0] : undefined;
  };
  const found = (lang: Lang, pairs: Array<[string, string]>, confirmed: boolean) => {
    const seen = new Set(pairs.map(([a, b]) => `${a}|${b}`));
    for (const [a, b] of pairs) {
      if (a === b || (confirmed && !seen.has(`${b}|${a}`))) continue;
      for (const [from, to] of [
        [a, b],
        [b, a],
      ]) {
        const list = (out[lang][from] ??= []);
        if (!list.includes(to)) list.push(to);
      }
    }
  };
  const stems = (lang: Lang, a: string, b: string): Array<[string, string]> => {
    const [x, y] = [analysed(lang, a), analysed(lang, b)];
    return x && y && !DENIALS.has(a) && !DENIALS.has(b) ? [[x, y]] : [];
  };
  found(
    'en',
    [...english].filter(([lemma]) => everyday.has(lemma)).flatMap(([lemma, opposites]) => opposites.flatMap((o) => stems('en', lemma, o))),
    false,
  );
  for (const lang of ['fr', 'es'] as const) {
    const [toEnglish, fromEnglish] = translations[lang];
    const first = (word: string, pairs: Pairs, n = 2) => (pairs.get(word) ?? []).slice(0, n).map((t) => t.text);
    // From English: the first translations of both words of an English pair ("increase"/"decrease" → "augmenter"/"diminuer").
    const fromPairs: Array<[string, string]> = [];
    for (const [lemma, opposites] of english) {
      for (const o of opposites)
        for (const x of first(lemma, fromEnglish, 4)) for (const y of first(o, fromEnglish, 4)) fromPairs.push(...stems(lang, x, y));
    }
    found(lang, fromPairs, false);
    // Into English and back, confirmed both ways.
    const roundTrips: Array<[string, string]> = [];
    for (const word of toEnglish.keys()) {
      if (word.includes(' ')) continue;
      for (const t of first(word, toEnglish))
        for (const o of english.get(t) ?? []) for (const back of first(o, fromEnglish)) roundTrips.push(...stems(lang, word, back));
    }
    found(lang, roundTrips, true);
  }
  return out;
}
