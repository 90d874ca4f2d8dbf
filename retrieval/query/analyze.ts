/**
 * French/English/Spanish analysis for the lexical index: accent folding,
 * elision removal, ITU compounds kept whole and split ("jcg-iotsec",
 * "y.4702"), stop words (the `stopword` lists), Snowball stems
 * (@orama/stemmers), and canonical study-group tokens ("CE 17" = "SG17").
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import { ordinalsAsDigits } from './ordinals.ts';
import { isStopWord, stopReader } from './stop-words.ts';

export { isStopWord };

const STEMMERS: Record<Lang, (word: string) => string> = { en: stemEn, fr: stemFr, es: stemEs };

/** Bump when analysis changes what terms a text gives: compiled tables analysed with it are then rebuilt. */
export const ANALYSIS_VERSION = 15;

const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/g;
const TOKEN = /[a-z0-9]+(?:[./-][a-z0-9]+)*/g;
// "SG17", "CE 17", "study group 17", "commission d'études 17": one canonical token each.
const STUDY_GROUP = /\b(?:sg|ce|cs|study groups?|commissions? d'etudes|comision(?:es)? de estudio)\s?(\d{1,2})\b/g;
const WORKING_PARTY = /\b(?:wp|gt|gtp)\s?(\d{1,2}\/\d{1,2})\b/g;

/** Folded word tokens of a text, before stop words and stemming; compounds are followed by their parts. */
export function tokenize(text: string, withParts = true, lang?: Lang): string[] {
  const plain = fold(text)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(ELISION, ' ');
  const folded = lang ? ordinalsAsDigits(plain, lang) : plain;
  const out: string[] = [];
  // The bare abbreviation too, so "working party" / "groupe de travail" (glossary: wp, gt) meets "GT 3/20".
  const canonical = folded.replace(STUDY_GROUP, ' sg$1 sg $1 ').replace(WORKING_PARTY, ' wp$1 wp ');
  // The tokens as strings (`match` with /g): a match object each was most of what tokenizing allocated.
  for (const token of canonical.match(TOKEN) ?? []) {
    out.push(token);
    if (withParts && /[./-]/.test(token)) {
      for (const part of token.split(/[./-]/)) if (part.length > 1 || /\d/.test(part)) out.push(part);
    }
  }
  return out;
}

/** A query term; the parts of one compound ("co-convenors") share `compound`. */
export interface QueryTerm {
  term: string;
  /** The word as written (folded), for a plain word: what other languages' analysers read. */
  word?: string;
  /** `joined`: the parts written as one stemmed word ("co-responsables" → "corespons"). */
  compound?: { id: number; whole: string; joined: string };
}

/**
 * Query terms: compounds are split into their parts so glossary phrases can
 * match them ("co-convenor" → "co convenor"), and remember the whole so it
 * can still match as written ("jcg-iotsec").
 */
export function analyzeQuery(text: string, lang: Lang): QueryTerm[] {
  const stem = STEMMERS[lang];
  const out: QueryTerm[] = [];
  const isStop = stopReader(text);
  let id = 0;
  for (const token of tokenize(text, false, lang)) {
    if (isStop(token)) continue;
    if (!/[./-]/.test(token)) {
      out.push({ term: stemToken(token, stem), word: token });
      continue;
    }
    const parts = token.split(/[./-]/).filter((p) => (p.length > 1 || /\d/.test(p)) && !isStopWord(p));
    const compound = { id: ++id, whole: token, joined: stemToken(token.replace(/[./-]/g, ''), stem) };
    for (const part of parts) out.push({ term: stemToken(part, stem), compound });
  }
  return out;
}

/** Index terms of a text in a language: tokens without stop words, stemmed where they are plain words. */
export function analyze(text: string, lang: Lang): string[] {
  const stem = STEMMERS[lang];
  const terms: string[] = [];
  const isStop = stopReader(text);
  for (const token of tokenize(text, true, lang)) {
    if (isStop(token)) continue;
    terms.push(stemToken(token, stem));
  }
  return terms;
}

/**
 * Stems already computed, per stemmer: a corpus repeats a few tens of thousands
 * of words millions of times, and the Snowball stemmers cost microseconds a
 * word (a 20 MB document took 8 s to analyse at every start without this).
 */
const STEM_MEMO = new Map<(word: string) => string, Map<string, string>>();
const STEM_MEMO_MAX = 200_000;
/**
 * Longer runs of letters are no word of any language (French's longest is 25 letters): they stay as written, neither
 * stemmed nor spell-corrected (`spelling.ts`). Both take time in the square of a word's length, and a pasted run of
 * thousands of letters took minutes to check.
 */
export const MAX_WORD_LETTERS = 40;

function stemToken(token: string, stem: (word: string) => string): string {
  // Acronyms, numbers and compounds stay as written; short words too (stemmers mangle "iot", "tsb").
  if (token.length <= 4 || token.length > MAX_WORD_LETTERS || /[^a-z]/.test(token)) return token;
  let memo = STEM_MEMO.get(stem);
  if (!memo) STEM_MEMO.set(stem, (memo = new Map()));
  let stemmed = memo.get(token);
  if (stemmed === undefined) {
    if (memo.size >= STEM_MEMO_MAX) memo.clear();
    memo.set(token, (stemmed = stem(token)));
  }
  return stemmed;
}

/** The stems of a plural word's singular forms ("resúmenes" → "resumen", "resumene") other than its own stem. */
export function singularStems(word: string | undefined, term: string, lang: Lang): string[] {
  if (!word || lang === 'en' || !/s$/i.test(word)) return [];
  const singulars = [word.slice(0, -1), ...(/es$/i.test(word) ? [word.slice(0, -2)] : [])];
  return singulars.map((w) => stemWord(fold(w), lang)).filter((s, i, all) => s !== term && all.indexOf(s) === i);
}

/** One folded token stemmed as analysis stems it, stop words included (the words of a phrase like "set up"). */
export function stemWord(token: string, lang: Lang): string {
  return stemToken(token, STEMMERS[lang]);
}

/** The key of a multiword expression: every token stemmed, stop words kept ("setting up" → "set up"). */
export function phraseKey(text: string, lang: Lang): string {
  return tokenize(text, false, lang)
    .map((t) => stemWord(t, lang))
    .join(' ');
}
