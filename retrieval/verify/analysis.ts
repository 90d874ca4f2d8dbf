/**
 * A text read once for every rule: its hard facts, who owns them, its
 * analysed terms, and (for clauses) its sentences with their stance.
 */
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import type { Fact } from './fact.ts';
import { extractFacts } from './facts.ts';
import { ownership, type Owned } from './owners.ts';
import { stanceOf, type Stance } from './polarity.ts';
import { pairings, type Pairing } from './pairings.ts';
import { clauseStatements, splitSentences } from './split.ts';

export interface TextAnalysis {
  lang: Lang;
  facts: Fact[];
  /** The folded text with its hard facts blanked: what is left for concept coverage. */
  rest: string;
  keys: Set<string>;
  owned: Owned[];
  terms: Set<string>;
  /** Folded words, for names. */
  words: Set<string>;
  /**
   * Its sentences, each with its stance; a sentence that sets one statement against another ("… est la première étape,
   * mais qu'il n'existe aucune norme …") also with each statement's own.
   */
  sentences: Array<{ text: string; stance: Stance; terms: Set<string>; statements?: Array<{ stance: Stance; terms: Set<string> }> }>;
  /** Its "word (what it holds)" pairs: "Q.3057 (2020)". */
  pairs: Pairing[];
}

export function analyzeText(text: string, lang: Lang, knownPeople: ReadonlyMap<string, string[]>): TextAnalysis {
  const { facts, prepared } = extractFacts(text, lang, knownPeople);
  const keys = new Set([...facts.map((f) => f.key), ...facts.flatMap(bureauOfAddress)]);
  const read = (t: string) => ({ stance: stanceOf(t, lang), terms: new Set(analyze(t, lang)) });
  const sentences = splitSentences(text).map((s) => {
    const statements = clauseStatements(s.text);
    return { text: s.text, ...read(s.text), ...(statements.length > 1 ? { statements: statements.map(read) } : {}) };
  });
  // The whole text's terms are its sentences' terms: stemming once is most of the cost.
  const terms = new Set(sentences.flatMap((s) => [...s.terms]));
  return {
    lang,
    facts,
    rest: prepared.masked,
    keys,
    owned: ownership(prepared.text, facts),
    terms,
    words: new Set(prepared.text.split(/[^a-z0-9'-]+/).filter(Boolean)),
    sentences,
    pairs: pairings(text),
  };
}

/** An ITU bureau's own address names it: "tsbfgdnsam@itu.int" is TSB's, "bdtfellowships@itu.int" BDT's. */
function bureauOfAddress(f: Fact): string[] {
  const bureau = f.kind === 'email' ? /^email:(tsb|bdt|br)[a-z0-9.]*@itu\.int$/.exec(f.key)?.[1] : undefined;
  return bureau ? [`entity:${bureau}`] : [];
}

/** Stems this long or longer meet the stems of their word family that differ by a last letter or two. */
const MIN_NEAR_STEM = 5;
const nearCache = new WeakMap<Set<string>, Set<string>>();

/** The terms less their last letter or two ("avance" → "avanc"), for stems of one family across parts of speech. */
function shortened(terms: Set<string>): Set<string> {
  let out = nearCache.get(terms);
  if (!out) {
    out = new Set();
    for (const t of terms) {
      if (t.length > MIN_NEAR_STEM) out.add(t.slice(0, -1));
      if (t.length > MIN_NEAR_STEM + 1) out.add(t.slice(0, -2));
    }
    nearCache.set(terms, out);
  }
  return out;
}

/**
 * A term among terms, or within a last letter or two of one: Snowball stems a word family's noun and verb apart
 * ("avancées" → "avance", "avancer" → "avanc"), so a translation that gives the verb meets the clause's noun.
 */
function near(t: string, terms: Set<string>): boolean {
  if (terms.has(t)) return true;
  const n = t.length;
  if (n < MIN_NEAR_STEM) return false;
  if (shortened(terms).has(t)) return true;
  return (n > MIN_NEAR_STEM && terms.has(t.slice(0, -1))) || (n > MIN_NEAR_STEM + 1 && terms.has(t.slice(0, -2)));
}

/** Whether a concept is present among terms: any alternative with (nearly) all its words. */
export function hasConcept(group: TermGroup, terms: Set<string>): boolean {
  for (const alt of group.alternatives) {
    let present = 0;
    for (const t of alt.terms) if (near(t, terms)) present += 1;
    if (present > 0 && present >= Math.ceil(alt.terms.length * 0.75)) return true;
  }
  return false;
}

/**
 * The terms of the cited clauses together. One clause's own set when only one is cited (the common case): read it, never
 * change it; its near-stem table (`shortened`) is then read once for all the answers that cite the clause.
 */
export function termsOf(clauses: TextAnalysis[]): Set<string> {
  return clauses.length === 1 ? clauses[0].terms : new Set(clauses.flatMap((c) => [...c.terms]));
}

/** Terms with more terms added: the same set when it holds them already (read it, never change it), else a new one. */
export function withTerms(terms: Set<string>, more: string[]): Set<string> {
  return more.every((t) => terms.has(t)) ? terms : new Set([...terms, ...more]);
}

/** Rarity-weighted sum of the concepts present among the terms. */
export function carriedWeight(groups: TermGroup[], terms: Set<string>, weight: (group: TermGroup) => number): number {
  return groups.reduce((sum, g) => sum + (hasConcept(g, terms) ? weight(g) : 0), 0);
}

/** Rarity-weighted share of the concepts present among the terms. */
export function weightedCoverage(groups: TermGroup[], terms: Set<string>, weight: (group: TermGroup) => number): number {
  const all = groups.reduce((sum, g) => sum + weight(g), 0);
  return all ? carriedWeight(groups, terms, weight) / all : 1;
}

/** A concept only one cited clause carries, and no common word, is that clause's part of the sentence. */
const MIN_OWN_WEIGHT = 2;

/**
 * The least any cited clause carries of the sentence; a clause that alone carries one of its concepts ("charge le
 * Directeur du BDT", the heading its item needs for who is charged) has its part, however small a share.
 */
export function weakestShare(groups: TermGroup[], carriedBy: Set<string>[], weight: (g: TermGroup) => number): number {
  const alone = (g: TermGroup, i: number) => hasConcept(g, carriedBy[i]) && carriedBy.every((c, j) => j === i || !hasConcept(g, c));
  const own = (i: number) => groups.some((g) => weight(g) >= MIN_OWN_WEIGHT && alone(g, i));
  return Math.min(...carriedBy.map((c, i) => (own(i) ? 1 : weightedCoverage(groups, c, weight))));
}
