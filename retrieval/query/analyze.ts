/**
 * French/English/Spanish analysis for the lexical index: accent folding,
 * elision removal, ITU compounds kept whole and split ("jcg-iotsec",
 * "y.4702"), stop words (the `stopword` lists), Snowball stems
 * (@orama/stemmers), and canonical study-group tokens ("CE 17" = "SG17").
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { eng, fra, spa } from 'stopword';
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import { ordinalsAsDigits } from './ordinals.ts';

const STEMMERS: Record<Lang, (word: string) => string> = { en: stemEn, fr: stemFr, es: stemEs };

/** Bump when analysis changes what terms a text gives: compiled tables analysed with it are then rebuilt. */
export const ANALYSIS_VERSION = 9;

// One stop list for all languages: questions mix languages ("the CE 17 mandat").
const STOP = new Set(
  [
    ...eng,
    ...fra,
    ...spa,
    // Function words and discourse adverbs that questions use and the lists lack.
    'its',
    "it's",
    'own',
    'will',
    'shall',
    'say',
    'says',
    'said',
    'tell',
    'told',
    'according',
    'regarding',
    'concerning',
    'about',
    'there',
    'mostly',
    'mainly',
    'usually',
    'currently',
    'actually',
    'exactly',
    'really',
    'generally',
    'specifically',
    'particularly',
    'anything',
    'something',
    'someone',
    'anyone',
    'thing',
    'things',
    'way',
    'ways',
    'kind',
    'sort',
    'please',
    'can',
    'may',
    'might',
    'should',
    'selon',
    'segun',
    'concernant',
    "qu'est-ce",
    'est-ce',
    'peut',
    'peuvent',
    'doit',
    'doivent',
    'dit',
    'disent',
    'chose',
    'choses',
    'façon',
    'whos',
    'whats',
    'hows',
    'wheres',
    'whens',
    'im',
    'pls',
    'plz',
    'thx',
    'thanks',
    'hi',
    'hello',
    'hey',
    'bonjour',
    'salut',
    'merci',
    'stp',
    'svp',
    'ok',
    'okay',
    'thing',
    'also',
    'would',
    'could',
    'shall',
    'must',
    'please',
    'tell',
    'me',
    'us',
    'know',
    'etc',
    'svp',
    'ainsi',
    'dont',
    'afin',
    'lors',
    'cette',
    'ces',
    'leurs',
    'notamment',
    'selon',
    'vis',
    'via',
    'where',
    'when',
    'who',
    'what',
    'which',
    'how',
    'does',
    'did',
    'do',
    'many',
    'much',
    'quel',
    'quelle',
    'quels',
    'quelles',
    'comment',
    'combien',
    'quand',
    'qui',
    // Interrogative and relative pronouns the lists lack.
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
    'auquel',
    'auxquels',
    'duquel',
    'desquels',
    'quoi',
    'cual',
    'cuales',
    'quien',
    'quienes',
    'cuanto',
    'cuanta',
    'cuantos',
    'cuantas',
    'donde',
    'adonde',
    'whom',
    'whose',
    // Existential and impersonal verbs: "hay que", "il faut", "there is".
    'hay',
    'habia',
    'faut',
    'fallait',
  ].map((w) => fold(w)),
);

/**
 * Stop words written in capitals on their own, between words that are not: acronyms ("AI" for artificial intelligence,
 * not the French "ai" of "j'ai"; "IT", "US"). They are terms of that text. A run of capitals ("J'AI DIT", "SECTOR OF
 * ITU", a banner's "DES") is a heading written in capitals, and its stop words stay stop words.
 */
function capitalTerms(text: string): Set<string> | undefined {
  if (!/\p{Lu}{2}/u.test(text)) return undefined;
  const words = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => m[0]);
  const capitals = (w: string | undefined) => w !== undefined && w.length > 1 && /^\p{Lu}+$/u.test(w);
  let out: Set<string> | undefined;
  words.forEach((w, i) => {
    if (!capitals(w) || capitals(words[i - 1]) || capitals(words[i + 1])) return;
    const folded = fold(w);
    if (STOP.has(folded)) (out ??= new Set()).add(folded);
  });
  return out;
}

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
  for (const match of canonical.matchAll(TOKEN)) {
    const token = match[0];
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
  const kept = capitalTerms(text);
  let id = 0;
  for (const token of tokenize(text, false, lang)) {
    if (STOP.has(token) && !kept?.has(token)) continue;
    if (!/[./-]/.test(token)) {
      out.push({ term: stemToken(token, stem), word: token });
      continue;
    }
    const parts = token.split(/[./-]/).filter((p) => (p.length > 1 || /\d/.test(p)) && !STOP.has(p));
    const compound = { id: ++id, whole: token, joined: stemToken(token.replace(/[./-]/g, ''), stem) };
    for (const part of parts) out.push({ term: stemToken(part, stem), compound });
  }
  return out;
}

/** Index terms of a text in a language: tokens without stop words, stemmed where they are plain words. */
export function analyze(text: string, lang: Lang): string[] {
  const stem = STEMMERS[lang];
  const terms: string[] = [];
  const kept = capitalTerms(text);
  for (const token of tokenize(text, true, lang)) {
    if (STOP.has(token) && !kept?.has(token)) continue;
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

function stemToken(token: string, stem: (word: string) => string): string {
  // Acronyms, numbers and compounds stay as written; short words too (stemmers mangle "iot", "tsb").
  if (token.length <= 4 || /[^a-z]/.test(token)) return token;
  let memo = STEM_MEMO.get(stem);
  if (!memo) STEM_MEMO.set(stem, (memo = new Map()));
  let stemmed = memo.get(token);
  if (stemmed === undefined) {
    if (memo.size >= STEM_MEMO_MAX) memo.clear();
    memo.set(token, (stemmed = stem(token)));
  }
  return stemmed;
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

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}
