/**
 * The polarity and modality a sentence must share with the clause sentence it rests on (the one carrying most of its
 * concepts). A sentence that joins statements ("the page is available at …, and access requires …") is held to each
 * one's own clause sentence: its stance against the one it mostly rests on is confirmed statement by statement. An
 * added statement ("…, an initiative that is also meant to address the revision") rests on a clause sentence of its
 * own; a part with no verb of its own ("des résolutions susceptibles de s'y rattacher,") takes the sentence's.
 */
import type { Lang, TermGroup } from '../types.ts';
import { carriedWeight, hasConcept, type TextAnalysis } from './analysis.ts';
import { sentenceParts } from './parts.ts';
import { deniedWords, stanceConflict, stanceOf } from './polarity.ts';
import { clip } from '../text.ts';
import type { Reason } from './verdicts.ts';
import { contrasted, coordinated } from './split.ts';

/** A part of a sentence read alone for its stance has this many concepts at least, and a relative clause's verb. */
const MIN_PART_CONCEPTS = 3;
const RELATIVE = /(?<![\p{L}])(?:that|which|who|qui|que|dont|cual|cuales|quien|quienes)(?![\p{L}])/iu;

type Weight = (g: TermGroup) => number;
/** A clause sentence saying what the negation denies, with the sentence's stance, weighs this share of the best's at least. */
const DENIED_SHARE = 0.5;

/** Why the sentence's stance is not its clause sentence's; none when they agree. */
export function stanceReason(
  text: string,
  lang: Lang,
  groups: TermGroup[],
  clauses: TextAnalysis[],
  weight: Weight,
  concepts: (text: string) => TermGroup[],
): Reason | undefined {
  const pieces = addedStatements(text, lang).filter((p) => concepts(p.join(' ')).length >= MIN_PART_CONCEPTS);
  const added = pieces.map((p) => p.join(' '));
  const joined = coordinated(text);
  const deniedIn = (t: string) => {
    const words = deniedWords(t, lang);
    return words ? concepts(words) : [];
  };
  let stance = restingStance(text, lang, groups, clauses, weight, deniedIn(text));
  if (stance) {
    // Confirmed statement by statement: the joined ones, or the main one and each added one.
    const main = pieces.flat().reduce((rest, piece) => rest.replace(piece, ' '), text);
    const statements = joined.length > 1 ? joined : added.length ? [main, ...added] : [];
    if (statements.length < 2) return stance;
    stance = undefined;
    for (const statement of statements)
      stance ??= restingStance(statement, lang, concepts(statement), clauses, weight, deniedIn(statement));
    return stance;
  }
  // Each added statement, and each statement set against another ("no resolution covers it, although Resolutions 50
  // and 77 already do"), has a stance of its own, which the whole sentence's can hide. Statements joined by "and" are
  // not read apart: a concept analysis per statement is what the verifier's time goes on.
  const statements = [...added, ...(joined.length > 1 && contrasted(text) ? joined : [])];
  for (const part of statements) stance ??= restingStance(part, lang, concepts(part), clauses, weight, deniedIn(part));
  return stance;
}

/** Words that open an example or an apposition between commas ("…, such as Resolutions 50 and 77, …"). */
const APPOSITION = new RegExp(
  `^(?:${[
    ...['such as', 'e\\.g\\.', 'for example', 'for instance', 'including', 'namely'],
    ...['par exemple', 'notamment', 'tel(?:le)?s? que', 'comme', 'y compris', 'à savoir'],
    ...['como', 'por ejemplo', 'en particular', 'incluid[oa]s?', 'a saber'],
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * The statements a relative word adds to the sentence ("…, that the relevant ones … do not deal with it"), each as its
 * pieces: one interrupted by an apposition between commas goes on after it ("…, such as Resolutions 50 and 77, do not
 * deal with it either"), where its verb is.
 */
function addedStatements(text: string, lang: Lang): string[][] {
  const parts = sentenceParts(text, lang);
  const out: string[][] = [];
  for (let i = 1; i < parts.length; i += 1) {
    if (!RELATIVE.test(parts[i])) continue;
    const interrupted = APPOSITION.test(parts[i + 1] ?? '') && parts[i + 2] !== undefined;
    out.push(interrupted ? [parts[i], parts[i + 2]] : [parts[i]]);
  }
  return out;
}

/** The clause sentence the text rests on (most of its concepts) must say it with the same polarity and modality. */
function restingStance(
  text: string,
  lang: Lang,
  groups: TermGroup[],
  clauses: TextAnalysis[],
  weight: Weight,
  denied: TermGroup[] = [],
): Reason | undefined {
  const mine = stanceOf(text, lang);
  let best: { score: number; conflict: ReturnType<typeof stanceConflict>; statement: boolean } | undefined;
  // What a negation denies ("no FEE", "ne pas pouvoir RÉVOQUER") is read where the clause says it, if it says it anywhere
  // with the same stance and carrying DENIED_SHARE of what the sentence rests on there.
  let agreeing = -1;
  // A clause sentence that joins statements (a semicolon, "…, and that …", "…, mais …") says each with its own stance:
  // the whole sentence is what a text resting on all of them says, one statement what a text resting on it says.
  for (const clause of clauses) {
    for (const sentence of clause.sentences) {
      for (const s of [sentence, ...(sentence.statements ?? [])]) {
        const score = carriedWeight(groups, s.terms, weight);
        const conflict = stanceConflict(mine, s.stance, clause.lang === 'en' && lang !== 'en');
        const statement = s !== sentence;
        const better = !best || score > best.score || (score === best.score && (statement !== best.statement ? statement : !conflict));
        if (better) best = { score, conflict, statement };
        // (A sentence that joins statements has each one's stance, not its whole's: only a statement of it can agree.)
        const whole = s === sentence && sentence.statements !== undefined;
        if (!conflict && !whole && mine.negated && denied.some((g) => hasConcept(g, s.terms))) agreeing = Math.max(agreeing, score);
      }
    }
  }
  if (!best || best.score === 0 || !best.conflict) return undefined;
  if (best.conflict === 'polarity' && agreeing >= best.score * DENIED_SHARE) return undefined;
  const detail =
    best.conflict === 'polarity'
      ? `"${clip(text)}" ${mine.negated ? 'denies' : 'affirms'} what the clause ${mine.negated ? 'affirms' : 'denies'}`
      : best.conflict === 'modality'
        ? mine.optional && !mine.obliges
          ? `"${clip(text)}" leaves to choice what the clause makes an obligation`
          : `"${clip(text)}" makes an obligation of what the clause only permits or recommends`
        : `"${clip(text)}" says "only" where the clause does not`;
  return { code: 'wrong-polarity', detail };
}
