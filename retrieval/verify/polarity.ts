/**
 * Polarity and modality of a sentence: does it deny (not, ne … pas, aucun,
 * sans, no, nunca, ningún), and does it oblige (must, doit, debe,
 * mandatory) or only permit, recommend or leave it voluntary (may, peut,
 * should, devrait, voluntary)? A sentence whose polarity differs from the
 * clause sentence it rests on, that turns "may" into "must", or that claims
 * exclusivity ("only", "uniquement", "ne … que") the clause does not, is unsupported.
 * What only looks negative is no denial: a prefix ("à composition non
 * limitée", "no gubernamental"), an adjective made with "sans" / "sin"
 * ("sans littoral"), "ne … que" (the word cues are in retrieval/lang/).
 */
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import { TABLES, type LanguageTable } from '../lang/index.ts';

export interface Stance {
  negated: boolean;
  obliges: boolean;
  /** Permits, recommends or leaves it voluntary, without obliging. */
  softens: boolean;
  /** Claims exclusivity: "only", "uniquement", "ne … que", "solo". */
  restricts: boolean;
}

const compiled = new Map<LanguageTable, { neg: RegExp[]; not: RegExp[]; obl: RegExp[]; soft: RegExp[]; vol: RegExp[]; only: RegExp[] }>();

function patterns(lexicon: LanguageTable) {
  let p = compiled.get(lexicon);
  if (!p) {
    const re = (list: string[]) => list.map((s) => new RegExp(s));
    const { modals } = lexicon;
    p = {
      neg: re(lexicon.negations),
      not: lexicon.notNegations.map((s) => new RegExp(s, 'g')),
      obl: re(modals.obligation),
      soft: re([...modals.permission, ...modals.recommendation, ...modals.voluntary]),
      vol: re(modals.voluntary),
      only: re(lexicon.restrictions),
    };
    compiled.set(lexicon, p);
  }
  return p;
}

/** The stance of a text in a language. */
export function stanceOf(text: string, lang: Lang): Stance {
  const p = patterns(TABLES[lang]);
  let folded = fold(text).replace(/[\u00a0\u202f]/g, ' ');
  const restricts = p.only.some((re) => re.test(folded));
  for (const re of p.not) folded = folded.replace(re, ' ');
  const obliges = p.obl.some((re) => re.test(folded));
  return {
    negated: p.neg.some((re) => re.test(folded)),
    obliges: obliges && !p.vol.some((re) => re.test(folded)),
    softens: p.soft.some((re) => re.test(folded)),
    restricts,
  };
}

/** Why a sentence's stance is not its clause's, or undefined when they agree. */
export function stanceConflict(sentence: Stance, clause: Stance): 'polarity' | 'modality' | 'restriction' | undefined {
  if (sentence.negated !== clause.negated) return 'polarity';
  if (sentence.obliges && !clause.obliges && clause.softens) return 'modality';
  if (sentence.restricts && !clause.restricts) return 'restriction';
  return undefined;
}
