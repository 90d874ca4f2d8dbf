/**
 * Values swapped between the statements of one clause sentence: "manufacturers acknowledge a vulnerability report
 * within 7 days, provide the reporter with a status update within 30 days" binds 7 to the acknowledgement and 30 to
 * the status update. A sentence that acknowledges within 30 days and updates within 7 has both values in the clause,
 * so no other rule sees it.
 */
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';
import { extractFacts } from './facts.ts';
import type { Fact } from './fact.ts';
import { durationWord, lengthOf } from './matching.ts';
import { analyze } from '../query/analyze.ts';
import { STATEMENT_BOUNDS, statementAround } from './split.ts';
import type { Lang, TermGroup } from '../types.ts';

interface Statement {
  values: Set<string>;
  terms: Set<string>;
  /** The terms of the whole clause sentence it is part of. */
  sentence: Set<string>;
}

/** The clause's statements, each with its numbers' values and its terms (read once per clause). */
const clauseStatements = perClause((clause: TextAnalysis): Statement[] =>
  clause.sentences.flatMap((s) => {
    const sentence = new Set(analyze(s.text, clause.lang));
    return s.text.split(STATEMENT_BOUNDS).map((part) => ({
      values: new Set(valued(extractFacts(part, clause.lang).facts).map(valueOf)),
      terms: new Set(analyze(part, clause.lang)),
      sentence,
    }));
  }),
);

/** The numbers and years of a text ("lancé en 2021 et suivi en 2023": each year bound to its statement too). */
function valued(facts: Fact[]): Fact[] {
  return facts.filter((f) => (f.kind === 'number' && f.value !== undefined) || f.kind === 'year');
}

const values = new WeakMap<Fact, string>();
/** Two values are swapped when each leans to the other's clause statement, by this many words both ways together. */
const SWAP_LEAN = 4;

/** A number's value, a length of time with its unit: "un mois" and "une semaine" are two values, not one. A year is its key. */
function valueOf(f: Fact): string {
  let out = values.get(f);
  if (out === undefined) {
    values.set(f, (out = f.kind === 'year' ? f.key : (lengthOf(f)?.join(' ') ?? String(f.value))));
  }
  return out;
}

/** The sentence's statement around a value: where it starts and ends, and its words (masked text). */
function around(sentence: TextAnalysis, f: Fact): { start: number; end: number; words: string } {
  const { start, end } = statementAround(sentence.rest, f.start, f.end);
  return { start, end, words: sentence.rest.slice(start, end) };
}

/**
 * Each pair of the sentence's values, in statements of their own, that the clause gives the other way round: the
 * words around each carry clearly more of the clause statement that gives the other value than of any giving its own.
 */
export function swappedValues(
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const statements = clauses.flatMap(clauseStatements);
  const given = (v: string) => statements.filter((s) => s.values.has(v));
  const mine = valued(sentence.facts).filter((f) => given(valueOf(f)).length);
  if (new Set(mine.map(valueOf)).size < 2) return [];
  // A value's own statement in the sentence ("seven of the 19 schemes" holds two: a part and its whole) and its words.
  // (A length's unit is part of its value: "mois" is no word of what a month is given to.)
  const alone = mine.flatMap((f) => {
    const text = around(sentence, f);
    const others = mine.filter((g) => g.kind === f.kind && valueOf(g) !== valueOf(f) && g.start >= text.start && g.end <= text.end);
    const unitWord = durationWord(f) ?? '';
    const unit = analyze(unitWord, sentence.lang);
    const groups = concepts(text.words, sentence.lang).filter((g) => !g.original.every((t) => unit.includes(t)));
    return others.length ? [] : [{ f, groups, shown: `${f.surface} ${unitWord}`.trim() }];
  });
  /** How many more of a value's words the clause statement giving the other value carries than any giving its own. */
  const lean = (a: (typeof alone)[number], b: (typeof alone)[number]) => {
    // Values given in different sentences (or clauses) are weighed by their whole sentences, values of one sentence by
    // their statements.
    const apart = !given(valueOf(a.f)).some((s) => given(valueOf(b.f)).some((t) => t.sentence === s.sentence));
    const carried = (s: Statement) => a.groups.filter((g) => hasConcept(g, apart ? s.sentence : s.terms)).length;
    const own = Math.max(...given(valueOf(a.f)).map(carried));
    return Math.max(0, ...given(valueOf(b.f)).filter((s) => !s.values.has(valueOf(a.f))).map((s) => carried(s) - own));
  };
  // Each value leans to the other's statement, by SWAP_LEAN words both ways together.
  const swapped = (a: (typeof alone)[number], b: (typeof alone)[number]) => {
    const there = lean(a, b);
    const back = there ? lean(b, a) : 0;
    return there > 0 && back > 0 && there + back >= SWAP_LEAN;
  };
  const out: string[] = [];
  for (const a of alone) {
    const b = alone.find((x) => valueOf(x.f) !== valueOf(a.f) && swapped(a, x));
    if (b) out.push(`"${a.shown}" and "${b.shown}": the clause gives each to what the sentence gives the other`);
  }
  return out.slice(0, 1);
}

/** Words around the sentence's value that a statement of another value carries beyond its own statements' best. */
const MISBOUND_LEAN = 2;

/**
 * A value the clause gives to one statement, set on what another statement of the clause does with another value of
 * its kind: "lancé en 2023" against "un cours … a été lancé en 2021 et suivi en 2023 par plus de 730 participants".
 * Both values are in the clause, so none is missing. The words around the sentence's value (alone in its statement)
 * are all in a statement of another value and none in one of its own, or all but one, and MISBOUND_LEAN more.
 */
export function misboundValues(
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const statements = clauses.flatMap(clauseStatements);
  const mine = valued(sentence.facts);
  for (const f of mine) {
    const spot = around(sentence, f);
    if (mine.some((g) => g !== f && g.start >= spot.start && g.end <= spot.end)) continue;
    const sameKind = (v: string) => (f.kind === 'year') === v.startsWith('year:');
    const own = statements.filter((s) => s.values.has(valueOf(f)));
    const others = statements.filter((s) => !s.values.has(valueOf(f)) && [...s.values].some(sameKind));
    if (!own.length || !others.length) continue;
    const groups = concepts(spot.words, sentence.lang);
    if (!groups.length) continue;
    const carried = (s: Statement) => groups.filter((g) => hasConcept(g, s.terms)).length;
    const mostOwn = Math.max(...own.map(carried));
    const leans = (n: number) => (mostOwn === 0 && n === groups.length) || (n >= groups.length - 1 && n >= mostOwn + MISBOUND_LEAN);
    if (others.some((s) => leans(carried(s))))
      return [`"${f.surface}": the clause gives that value to another statement than the one the sentence makes`];
  }
  return [];
}
