/**
 * A year and the words that lead to it: "Selon les estimations figurant dans un rapport paru en 2016, jusqu'à 50
 * milliards d'appareils pourraient être connectés d'ici à 2020" dates the report 2016 and the connections 2020, in one
 * statement. "Un rapport paru en 2020 estime que …" has both years in the clause and no statement of its own to set
 * against another (misboundValues), but what leads to its year ("rapport paru en") leads to 2016 there, and nothing
 * of it leads to 2020.
 */
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import type { Fact } from './fact.ts';
import { perClause } from './per-clause.ts';

/** The words before a year that say what it dates, up to the statement's start. */
const LEAD_WORDS = 3;
/**
 * Words of a lead that must lead to the other year: "un rapport paru en" (what is dated, and how), not the lone verb of
 * "la CE 11 a approuvé en 2023 des amendements … ainsi que la Recommandation Q.5054 … en 2025", whose one verb dates
 * two things.
 */
const MIN_LEAD = 2;
/** What cuts a lead short: the end of a statement, a bracket, a dash. */
const LEAD_STOP = /[.,;:()[\]–—]/;

/** The last LEAD_WORDS words before a fact, within its statement (the masked text: other facts are blanks). */
function leadOf(rest: string, f: Fact): string {
  const statement = rest
    .slice(Math.max(0, f.start - 80), f.start)
    .split(LEAD_STOP)
    .at(-1)!;
  return statement.trim().split(/\s+/).slice(-LEAD_WORDS).join(' ');
}

/** Each year of a clause with the analysed words that lead to it. */
const yearLeads = perClause((clause: TextAnalysis) =>
  clause.facts.filter((f) => f.kind === 'year').map((f) => ({ key: f.key, terms: new Set(analyze(leadOf(clause.rest, f), clause.lang)) })),
);

/**
 * A year of the sentence whose leading words lead, in a cited clause, to another year and never to this one: the
 * sentence dates one thing with the year of another. Both must be in the clause (a year it lacks is missing, not
 * misplaced).
 */
export function misplacedYears(
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const leads = clauses.flatMap(yearLeads);
  for (const f of sentence.facts.filter((x) => x.kind === 'year')) {
    const own = leads.filter((l) => l.key === f.key);
    const others = leads.filter((l) => l.key !== f.key);
    if (!own.length || !others.length) continue;
    const groups = concepts(leadOf(sentence.rest, f), sentence.lang);
    const carried = (terms: Set<string>) => groups.filter((g) => hasConcept(g, terms)).length;
    if (!own.some((l) => carried(l.terms)) && others.some((l) => carried(l.terms) >= MIN_LEAD))
      return [`"${f.surface}": in the clause, what the sentence dates with it is dated otherwise`];
  }
  return [];
}
