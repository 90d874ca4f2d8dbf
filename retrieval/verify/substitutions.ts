/**
 * One word of the clause swapped for another of the same slot: "ses travaux
 * sur l'IoT dans le secteur ferroviaire" against "dans le secteur
 * maritime". The sentence's word right after a word of the clause
 * ("secteur") is nowhere in the clause, while the clause's word right after
 * that same word is nowhere in the sentence: the sentence filled the slot
 * with something else. Same language only (across languages words are
 * rarely the clause's own), and the two words long enough to be content
 * words; a word the glossary gives as the other's equivalent, or the general lexicon relates to it, is no swap.
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, termsOf, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

/** Shorter words are articles, prepositions and the like. */
const MIN_LETTERS = 5;
/**
 * The slot is an adjective after its noun ("secteur maritime", "sector marítimo"): both words must end like one, so verbs
 * and adverbs after a noun ("les normes doivent", "pourront aussi") are no slot. English puts it before its noun: not read.
 */
const ADJECTIVE: Partial<Record<Lang, RegExp>> = {
  fr: /(?:aire|ique|ime|al|ale|aux|el|elle|if|ive|eux|euse|ien|ienne|ain|aine|ais|aise|ois|oise|ier|iere)s?$/,
  es: /(?:ario|aria|ico|ica|imo|ima|al|ales|ivo|iva|oso|osa|ano|ana|ense|ero|era)s?$/,
};

interface Word {
  text: string;
  /** Its analysed term, if it has one. */
  term?: string;
}

function words(text: string, lang: Lang, only?: (word: string, i: number, all: string[]) => boolean): Word[] {
  return fold(text)
    .split(/[^a-z0-9-]+/)
    .filter(Boolean)
    .map((w, i, all) => ({
      text: w,
      term: w.length >= MIN_LETTERS && (!only || only(w, i, all)) ? analyze(w, lang)[0] : undefined,
    }));
}

const clauseWords = perClause((clause: TextAnalysis, text: string): Word[] => words(text, clause.lang));

/** Words of the sentence that take, after a word of the clause, the place of the clause's word after it. */
export function substitutedWords(
  text: string,
  lang: Lang,
  sentenceTerms: Set<string>,
  cited: Array<{ text: string; lang: Lang }>,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
  akin: (a: string, b: string, lang: Lang) => boolean = () => false,
): string[] {
  const adjective = ADJECTIVE[lang];
  if (!adjective || cited.some((c) => c.lang !== lang)) return [];
  const terms = termsOf(clauses);
  // Cheap first: a content word of the sentence that the clause lacks at all.
  if (![...sentenceTerms].some((t) => t.length >= MIN_LETTERS - 1 && !terms.has(t))) return [];
  const theirs = clauses.flatMap((c, i) => clauseWords(c, cited[i].text));
  // Only a word that ends like an adjective, and the word before it, can make a slot: the others are not analysed.
  const mine = words(text, lang, (w, i, all) => adjective.test(w) || adjective.test(all[i + 1] ?? ''));
  const out: string[] = [];
  for (let i = 0; i + 1 < mine.length; i += 1) {
    const [head, filler] = [mine[i], mine[i + 1]];
    if (!head.term || !filler.term || !terms.has(head.term) || terms.has(filler.term) || !adjective.test(filler.text)) continue;
    const slots = theirs.flatMap((w, j) => (w.term === head.term && theirs[j + 1]?.term ? [theirs[j + 1]] : []));
    if (!slots.length || slots.some((w) => sentenceTerms.has(w.term!) || !adjective.test(w.text))) continue;
    // A synonym the general lexicon gives ("attention spéciale" for "attention particulière") fills the slot alike.
    const equivalent =
      concepts(filler.text, lang).some((g) => hasConcept(g, terms)) || slots.some((w) => akin(filler.term!, w.term!, lang));
    if (!equivalent) out.push(`"${head.text} ${filler.text}": the clause has another word in that place`);
  }
  return out;
}
