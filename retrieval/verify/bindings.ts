/**
 * A document and its date: "le rapport, publié sous la cote C19/117, a été
 * soumis le 8 mai 2019" against a clause whose notes say "(C19/58), UIT, 8
 * mai 2019" and "(C19/117), UIT, 20 juin 2019". Both facts are in the
 * clause, each in its own statement (a sentence, or a note in brackets)
 * with another of the other kind: the sentence binds them wrongly. So are a
 * working party and the date of its meeting ("the plenary of WP 1/20 on 3
 * June and that of WP 2/20 on 4 June").
 */
import type { Fact } from './fact.ts';
import type { TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

/** Documents, and the working parties a meeting date is given to ("WP 1/20 on 3 June and WP 2/20 on 4 June"). */
const DOCUMENTS = new Set(['code', 'res', 'rec', 'wp']);
const DATES = new Set(['date']);

/** The statements of a clause, as ranges of its folded text: sentences, notes ("[2: …]") and coordinated statements. */
function statementRanges(clause: TextAnalysis): Array<[number, number]> {
  const cuts = [0];
  for (const m of clause.rest.matchAll(/\[\d+\s*:|\]|[.;]\s|\s(?:and|et|y|while|tandis que|mientras)\s/g)) cuts.push(m.index!);
  cuts.push(clause.rest.length);
  return cuts.slice(1).map((end, i) => [cuts[i], end]);
}

/** The facts of each statement of a clause. */
const groupedFacts = perClause((clause: TextAnalysis): Array<Fact[]> =>
  statementRanges(clause)
    .map(([from, to]) => clause.facts.filter((f) => f.start >= from && f.start < to))
    .filter((facts) => facts.length),
);

/** A document and a date the sentence binds, each of which the clause binds to another of the other kind. */
export function misboundDates(sentence: TextAnalysis, clauses: TextAnalysis[]): string[] {
  const docs = sentence.facts.filter((f) => DOCUMENTS.has(f.kind));
  const dates = sentence.facts.filter((f) => DATES.has(f.kind));
  if (!docs.length || !dates.length) return [];
  const statements = clauses.flatMap(groupedFacts);
  const ranges = statementRanges(sentence);
  const holding = (key: string) => statements.filter((s) => s.some((f) => f.key === key));
  const other = (s: Fact[], kinds: Set<string>, key: string) => s.some((f) => kinds.has(f.kind) && f.key !== key);
  const out: string[] = [];
  for (const doc of docs) {
    const withDoc = holding(doc.key);
    if (!withDoc.length) continue;
    // With several documents, a date is bound to the nearest one of its statement: "A (C19/58) du 08/05/2019 et B (C19/117)
    // du 20/06/2019", "WP 1/20 on 3 June and WP 2/20 on 4 June".
    for (const date of dates.filter((d) => nearest(docs, d, ranges) === doc)) {
      const withDate = holding(date.key);
      if (!withDate.length || withDoc.some((s) => s.some((f) => f.key === date.key))) continue;
      if (withDoc.every((s) => other(s, DATES, date.key)) && withDate.every((s) => other(s, DOCUMENTS, doc.key)))
        out.push(`"${doc.surface}" and "${date.surface}": the clause gives each with another`);
    }
  }
  return out;
}

/** The document fact nearest to a date in the sentence, in the date's statement when one is there. */
function nearest(docs: Fact[], date: Fact, statements: Array<[number, number]>): Fact {
  const distance = (f: Fact) => Math.min(Math.abs(f.start - date.end), Math.abs(date.start - f.end));
  const [from, to] = statements.find(([a, b]) => date.start >= a && date.start < b) ?? [0, Infinity];
  const own = docs.filter((f) => f.start >= from && f.start < to);
  return (own.length ? own : docs).reduce((best, f) => (distance(f) < distance(best) ? f : best));
}
