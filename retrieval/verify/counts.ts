/**
 * What a number counts: "50 new work items … 36 Recommendations". A number
 * the sentence puts on a thing the clause counts with another number is
 * bound to the wrong thing, even though both numbers are in the clause.
 */
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import type { Fact } from './fact.ts';
import { TABLES } from '../lang/index.ts';

const WINDOW = 3;

/** The first content words after a number, fillers ("new", "more than", "nouveaux") skipped. */
const fillerSets = new Map<Lang, Set<string>>();

function countedWords(after: string | undefined, lang: Lang): string {
  let fillers = fillerSets.get(lang);
  if (!fillers) fillerSets.set(lang, (fillers = new Set([...TABLES.en.countFillers, ...TABLES[lang].countFillers])));
  const words = (after ?? '').split(/[\s']+/).filter((w) => w && !fillers.has(w));
  return words.slice(0, WINDOW).join(' ');
}

interface Counted {
  value: number;
  terms: Set<string>;
}

const countsOf = new WeakMap<TextAnalysis, Counted[]>();

function clauseCounts(clause: TextAnalysis): Counted[] {
  let counts = countsOf.get(clause);
  if (!counts) countsOf.set(clause, (counts = readCounts(clause)));
  return counts;
}

function readCounts(clause: TextAnalysis): Counted[] {
  return clause.facts
    .filter((f): f is Fact & { value: number } => f.kind === 'number' && f.value !== undefined)
    .map((f) => ({ value: f.value, terms: new Set(analyze(countedWords(f.after, clause.lang), clause.lang)) }));
}

/**
 * Numbers of the sentence that the clause binds to something else: the
 * clause counts the same thing with another number and never with this one.
 */
export function countConflicts(
  facts: Fact[],
  lang: Lang,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const problems: string[] = [];
  const counted = clauses.flatMap(clauseCounts);
  for (const f of facts) {
    if (f.kind !== 'number' || f.value === undefined || !counted.some((c) => c.value === f.value)) continue;
    const groups = concepts(countedWords(f.after, lang), lang);
    if (!groups.length) continue;
    const same = (c: Counted) => groups.some((g) => hasConcept(g, c.terms));
    const other = counted.find((c) => c.value !== f.value && same(c));
    if (other && !counted.some((c) => c.value === f.value && same(c))) {
      problems.push(`"${f.surface} ${countedWords(f.after, lang)}": the clause gives ${other.value} for that`);
    }
  }
  return problems;
}
