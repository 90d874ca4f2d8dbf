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

/**
 * What a date is bound to: a document or working party, which the clause gives with its own date (each of the pair with
 * another of the other kind), or a time, which the clause gives with the day it falls on (a meeting of many days,
 * "du 15 au 25 septembre", has no time to give another). A time is bound to a date next to it ("le 17 septembre de 13
 * heures à 14 heures", "15 September, from 13:00"), not to one in a remark after it ("de 13 h à 14 h, pendant la réunion
 * de la CE 20 (15-25 septembre)").
 */
const BOUND = [
  { kinds: DOCUMENTS, both: true, within: Infinity },
  { kinds: new Set(['time']), both: false, within: 12 },
];

/** A document (or time) and a date the sentence binds, which the clause binds to another of the other kind. */
export function misboundDates(sentence: TextAnalysis, clauses: TextAnalysis[]): string[] {
  const dates = sentence.facts.filter((f) => DATES.has(f.kind));
  if (!dates.length) return [];
  const statements = clauses.flatMap(groupedFacts);
  const ranges = statementRanges(sentence);
  const holding = (key: string) => statements.filter((s) => s.some((f) => f.key === key));
  const other = (s: Fact[], kinds: Set<string>, key: string) => s.some((f) => kinds.has(f.kind) && f.key !== key);
  const out: string[] = [];
  for (const { kinds, both, within } of BOUND) {
    const docs = sentence.facts.filter((f) => kinds.has(f.kind));
    for (const doc of docs) {
      const withDoc = holding(doc.key);
      if (!withDoc.length) continue;
      // With several documents, a date is bound to the nearest one of its statement: "A (C19/58) du 08/05/2019 et B
      // (C19/117) du 20/06/2019", "WP 1/20 on 3 June and WP 2/20 on 4 June".
      for (const date of dates.filter((d) => nearest(docs, d, ranges) === doc && distance(doc, d) <= within)) {
        const withDate = holding(date.key);
        if (!withDate.length || withDoc.some((s) => s.some((f) => f.key === date.key))) continue;
        if (withDoc.every((s) => other(s, DATES, date.key)) && (!both || withDate.every((s) => other(s, kinds, doc.key))))
          out.push(`"${doc.surface}" and "${date.surface}": the clause gives each with another`);
      }
    }
  }
  return out;
}

/** The document fact nearest to a date in the sentence, in the date's statement when one is there. */
function nearest(docs: Fact[], date: Fact, statements: Array<[number, number]>): Fact {
  const [from, to] = statements.find(([a, b]) => date.start >= a && date.start < b) ?? [0, Infinity];
  const own = docs.filter((f) => f.start >= from && f.start < to);
  return (own.length ? own : docs).reduce((best, f) => (distance(f, date) < distance(best, date) ? f : best));
}

/** Characters between two facts of a text. */
const distance = (a: Fact, b: Fact) => Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end));
