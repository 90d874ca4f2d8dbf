/**
 * Title against body: a document's title says what the whole document is
 * about, and no clause of it says so by being cited. A sentence whose words
 * the cited clause lacks are the title's ("Res. 98 aims to enhance the
 * standardization of IoT … for global development", cited to an item that
 * only invites members to cooperate) restates the title, not the clause.
 */
import { analyze } from '../query/analyze.ts';
import type { TermGroup } from '../types.ts';
import { hasConcept } from './analysis.ts';

/** The title's words the sentence takes, beyond what the clause carries, weigh at least this share of the sentence … */
const TITLE_SHARE = 0.3;
/** … and are at least this many concepts. */
const TITLE_CONCEPTS = 2;

/** The analysed words of a document title's subject (after the colon, when it names the document first). */
export function titleTerms(title: string): Set<string> {
  const subject = title.includes(':') ? title.slice(title.indexOf(':') + 1) : title;
  return new Set(analyze(subject, 'en'));
}

/** What the sentence takes from its cited documents' titles that the cited clauses do not carry, when that is much of it. */
export function restatedTitle(
  groups: TermGroup[],
  carried: Set<string>,
  titles: Array<Set<string>>,
  weight: (group: TermGroup) => number,
): string | undefined {
  const total = groups.reduce((sum, g) => sum + weight(g), 0);
  const fromTitle = groups.filter((g) => !hasConcept(g, carried) && titles.some((t) => hasConcept(g, t)));
  const taken = fromTitle.reduce((sum, g) => sum + weight(g), 0);
  if (fromTitle.length < TITLE_CONCEPTS || !total || taken / total < TITLE_SHARE) return undefined;
  return `"${fromTitle.map((g) => g.original.join(' ')).join('", "')}" come from the document's title, not the cited clause`;
}
