/**
 * Polarity and modality of a sentence: does it deny (not, ne … pas, aucun,
 * sans, no, nunca, ningún), and does it oblige (must, doit, debe,
 * mandatory) or only permit, recommend or leave it voluntary (may, peut,
 * should, devrait, voluntary)? A sentence whose polarity differs from the
 * clause sentence it rests on, that turns "may" into "must" (or calls optional what the clause obliges: "if it deems
 * it useful" for "must"), or that claims
 * exclusivity ("only", "uniquement", "ne … que") the clause does not, is unsupported.
 * What only looks negative is no denial: a prefix ("à composition non
 * limitée", "no gubernamental"), an adjective made with "sans" / "sin"
 * ("sans littoral"), "ne … que" (the word cues are in retrieval/lang/).
 * A verb of avoiding denies what it governs: "afin d'éviter tout chevauchement"
 * is said by "so that no activity is duplicated", and the reverse.
 */
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import { TABLES, type LanguageTable } from '../lang/index.ts';
import { STATEMENT_BOUNDS } from './split.ts';

export interface Stance {
  negated: boolean;
  obliges: boolean;
  /** Permits, recommends or leaves it voluntary, without obliging. */
  softens: boolean;
  /** Only recommends ("should", "devrait"): neither permits ("may") nor leaves it voluntary. */
  recommends: boolean;
  /** Claims exclusivity: "only", "uniquement", "ne … que", "solo". */
  restricts: boolean;
  /** Says something is to be avoided or prevented ("avoid", "éviter", "evitar"): a denial in other words. */
  avoids: boolean;
  /** Calls it optional or leaves it to the holder's judgement: "voluntary", "if it deems it useful". */
  optional: boolean;
  /** Names an obligation, whatever else it says ("seven are mandatory and 12 are voluntary"). */
  namesObligation: boolean;
  /** Makes something depend on a condition: "subject to", "provided that", "sous réserve de", "siempre que", "if". */
  conditions: boolean;
  /** Its restriction is a condition: "only if", "ne … que si", "solo si". */
  onlyIf: boolean;
  /** A condition with a denial in it ("unless", "à moins que", "a menos que"): its polarity is no statement's. */
  unless: boolean;
}

/** Folded, in the three languages: a condition, and "only" on one. */
const CONDITION = new RegExp(
  String.raw`\b(?:subject to|provided (?:that|for)|on condition|if|depending on|sous reserve d|a condition|si|en fonction d` +
    String.raw`|sujet(?:o|a)s? a|con sujecion a|siempre que|a condicion)\b`,
);
const UNLESS = /\b(?:unless|a moins qu|sauf si|a menos que|salvo (?:que|si))\b/;
const ONLY_IF = new RegExp(
  String.raw`\b(?:only|solely)(?: [a-z'-]+){0,4}? (?:if|when|where|provided)\b|\bqu(?:e |')(?:si|lorsqu|a condition)` +
    String.raw`|\b(?:solo|unicamente)(?: [a-z]+){0,4}? (?:si|cuando|siempre que)\b`,
);

/**
 * Folded, in the three languages: a denial of anything other than something, which restricts to it ("si aucune
 * observation autre que des corrections de forme n'est reçue" is "if only corrections of form arrive").
 */
const NONE_BUT = new RegExp(
  String.raw`\b(?:no|none|nothing|aucun(?:e|s|es)?|rien|ningun(?:a|o)?s?|nada)\b(?: [a-z'-]+){0,3}? ` +
    String.raw`(?:other than|else than|but|d?'?autres? que|(?:distint|otr)[oa]s? (?:de|que)|mas que)\b`,
  'g',
);

type Cues = Record<'neg' | 'not' | 'added' | 'obl' | 'rec' | 'perm' | 'vol' | 'choice' | 'only' | 'avoid', RegExp[]>;
const compiled = new Map<LanguageTable, Cues>();

function patterns(lexicon: LanguageTable) {
  let p = compiled.get(lexicon);
  if (!p) {
    const re = (list: string[]) => list.map((s) => new RegExp(s));
    const { modals } = lexicon;
    p = {
      neg: re(lexicon.negations),
      not: lexicon.notNegations.map((s) => new RegExp(s, 'g')),
      added: lexicon.deniedRestrictions.map((s) => new RegExp(s, 'g')),
      obl: re(modals.obligation),
      rec: re(modals.recommendation),
      perm: re([...modals.permission, ...modals.voluntary, ...modals.discretion]),
      vol: re(modals.voluntary),
      choice: re([...modals.voluntary, ...modals.discretion]),
      only: re(lexicon.restrictions),
      avoid: re(lexicon.avoidances),
    };
    compiled.set(lexicon, p);
  }
  return p;
}

/**
 * Folded, in the three languages: a word set against what the text says, after a comma or "and" ("voluntarily, not
 * mandatory", "à titre volontaire et non obligatoire", "voluntaria, no obligatoria"). When it is a word of modality,
 * the text denies nothing: it says the other one. (A verb denied so, "…, not required", is a word of modality too.)
 */
const SET_AGAINST = /(?:,\s*|\s(?:and|et|y|but|mais|pero)\s+)(?:not|non|no|pas)\s+(?:as an? |comme |de (?:forma|manera) )?([\p{L}'-]+)/giu;

function withoutSetAgainst(folded: string, p: Cues): string {
  return folded.replace(SET_AGAINST, (m, word: string) => ([...p.obl, ...p.vol].some((re) => re.test(` ${fold(word)}`)) ? ' ' : m));
}

/** A text with the modality words it sets against what it says blanked ("volontaire ET NON OBLIGATOIRE"): they add nothing. */
export function setAgainstBlanked(text: string, lang: Lang): string {
  return withoutSetAgainst(text, patterns(TABLES[lang]));
}

/** A text as the stance cues read it: folded, its no-break spaces plain. */
const folds = (text: string) => fold(text).replace(/[\u00a0\u202f]/g, ' ');

/** The stance of a text in a language. */
export function stanceOf(text: string, lang: Lang): Stance {
  const p = patterns(TABLES[lang]);
  let folded = folds(text);
  // "Will not be carried out solely through the list": more than the list, neither denied nor restricted.
  for (const re of p.added) folded = folded.replace(re, ' ');
  const noneBut = folded.replace(NONE_BUT, ' ');
  const restricts = noneBut !== folded || p.only.some((re) => re.test(folded));
  folded = withoutSetAgainst(noneBut, p);
  for (const re of p.not) folded = folded.replace(re, ' ');
  const obliges = p.obl.some((re) => re.test(folded));
  const recommends = p.rec.some((re) => re.test(folded));
  const permits = p.perm.some((re) => re.test(folded));
  return {
    negated: p.neg.some((re) => re.test(folded)),
    obliges: obliges && !p.vol.some((re) => re.test(folded)),
    softens: recommends || permits,
    recommends: recommends && !permits,
    restricts,
    avoids: p.avoid.some((re) => re.test(folded)),
    optional: p.choice.some((re) => re.test(folded)),
    namesObligation: folded.split(STATEMENT_BOUNDS).some((s) => p.obl.some((re) => re.test(s)) && !p.vol.some((re) => re.test(s))),
    conditions: CONDITION.test(folded),
    onlyIf: restricts && ONLY_IF.test(folded),
    unless: UNLESS.test(folded),
  };
}

/**
 * Why a sentence's stance is not its clause's, or undefined when they agree. `fromShould`: the clause is English and
 * the sentence in another language, where its recommendation is no weaker than an obligation: ITU texts translate the
 * English "should" of an instruction by "doivent" / "deben". A "devrait" / "debería" is never translated by "must".
 */
export function stanceConflict(sentence: Stance, clause: Stance, fromShould = false): 'polarity' | 'modality' | 'restriction' | undefined {
  // "Unless they are mutually recognized, costs rise" says what "without mutual recognition, costs rise" says.
  const conditional = sentence.unless || clause.unless;
  if (sentence.negated !== clause.negated && !avoidedInOtherWords(sentence, clause) && !conditional) return 'polarity';
  if (sentence.obliges && !clause.namesObligation && clause.softens && !(fromShould && clause.recommends)) return 'modality';
  // And the reverse: left to choice what the clause obliges ("may, if it deems it useful" for "must").
  if (sentence.optional && !sentence.obliges && clause.namesObligation && !clause.optional) return 'modality';
  // "Can only take place if resources are available" is what "subject to the availability of resources" says.
  if (sentence.restricts && !clause.restricts && !(sentence.onlyIf && clause.conditions)) return 'restriction';
  return undefined;
}

/** One side denies, the other says it is to be avoided ("no activity is duplicated" / "éviter tout chevauchement"). */
function avoidedInOtherWords(sentence: Stance, clause: Stance): boolean {
  const [denies, affirms] = sentence.negated ? [sentence, clause] : [clause, sentence];
  return affirms.avoids && !denies.avoids;
}

/** How many words after a negation are what it denies ("no FEE FOR TAKING part", "ne pas POUVOIR RÉVOQUER"). */
const DENIED_REACH = 4;

/** The words a text's first negation denies: its cue's and those right after it; empty when the text denies nothing. */
export function deniedWords(text: string, lang: Lang): string {
  const p = patterns(TABLES[lang]);
  let folded = withoutSetAgainst(folds(text), p);
  for (const re of p.not) folded = folded.replace(re, ' ');
  const at = p.neg
    .map((re) => re.exec(folded))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  // The cue's own words count ("ne TRAITENT pas"): a verb between "ne" and "pas" is what is denied.
  const within = at ? at[0].trim().split(/\s+/).length : 0;
  return at ? folded.slice(at.index).trim().split(/\s+/).slice(0, within + DENIED_REACH).join(' ') : '';
}
