/**
 * Ordinals as digits, so "the 17th plenary", "la 17ª sesión" and "la
 * dix-septième séance plénière" are one term "17" in questions and clauses
 * alike (and "5e édition" meets "cinquième édition"). "First" and its
 * translations stay words ("1st" becomes "first"): "premier" is as often
 * "main" ("premier plan") as an ordinal, and "1" would meet every first
 * paragraph's number.
 */
import type { Lang } from '../types.ts';
import { merged } from '../lang/index.ts';
import { ordinalWords } from '../lang/number-words.ts';

// "17th", "2nd", "5e", "17ème", "17ª", "3º" (folded text: "ª" is "a", "º" is "o").
const DIGITS = /(?<![\w./-])(\d{1,3})(?:st|nd|rd|th|er|re|ere|e|eme|ieme|a|o)(?![\w/-])/g;

const FIRST: Partial<Record<Lang, string>> = { en: 'first', fr: 'premiere', es: 'primera' };

const MONTH_AFTER = new RegExp(`^\\s+(?:de\\s+)?(?:${[...merged((t) => t.months).keys()].join('|')})\\b`);

/** A folded text with its ordinals (2 and above) written as digits. */
export function ordinalsAsDigits(folded: string, lang: Lang): string {
  let withWords = folded;
  for (const o of ordinalWords(folded, lang).reverse()) {
    if (o.value >= 2) withWords = `${withWords.slice(0, o.start)} ${o.value} ${withWords.slice(o.end)}`;
  }
  // "1st", "1ère", "1ª" are the word for "first", which the glossary and the corpus know ("1ere réunion" → "premiere").
  // A first day of a month stays a date ("1er janvier").
  return withWords.replace(DIGITS, (whole, n: string, at: number, text: string) => {
    if (Number(n) >= 2) return n;
    if (Number(n) !== 1 || MONTH_AFTER.test(text.slice(at + whole.length))) return whole;
    return FIRST[lang] ?? whole;
  });
}
