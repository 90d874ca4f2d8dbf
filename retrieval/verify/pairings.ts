/**
 * Pairs in parentheses: a clause that writes "Q.3057 (2020) … Q.3062 (2022)"
 * or "quechua (Équateur), aymara (Bolivie)" binds each parenthesis to the
 * word before it. A sentence that writes "Q.3062 (2020)" or "quechua
 * (Bolivie)" gives one of them what the clause gives another: both values are
 * in the clause, so no other rule sees the swap. A place written with a year
 * is such a pair too: "(Busan, 2014; Rév. Dubaï, 2018)" dates each venue of a
 * conference, and "adopted in Dubai in 2014" swaps them.
 */
import { TABLES } from '../lang/index.ts';
import { fold } from '../text.ts';

export interface Pairing {
  head: string;
  inside: string;
}

const PAIR = /([\p{L}\p{N}](?:[\p{L}\p{N}./-]*[\p{L}\p{N}])?)\s*\(([^()]{1,40})\)/gu;

/** Month names of every language, as written ("février", "February"): "en Serbie en février 2024" dates the place too. */
const MONTH = Object.values(TABLES)
  .flatMap((t) => t.monthNames)
  .flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)])
  .join('|');
/**
 * A capitalised place and a year: "Busan, 2014", "Dubaï en 2014", "Geneva in 2022", "Serbie en février 2024" (a name of
 * two words at most).
 */
const PLACE_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)(?:\s*,\s*|\s+(?:in|en|de)\s+)` +
    String.raw`(?:(?:${MONTH})\s+(?:de\s+)?)?((?:19|20)\d\d)(?!\d)`,
  'gu',
);

/** The "word (what it holds)" pairs of a text, and its places with their years, folded ("q.3057" → "2020", "busan" → "2014"). */
export function pairings(text: string): Pairing[] {
  const inParentheses = text.includes('(') ? [...fold(text).matchAll(PAIR)] : [];
  const pairs = inParentheses.map((m) => ({ head: m[1], inside: m[2].trim().replace(/\s+/g, ' ') }));
  return pairs.concat([...text.matchAll(PLACE_YEAR)].map((m) => ({ head: fold(m[1]), inside: m[2] })));
}

/** Each pair of the sentence whose head the clauses pair with something else, and whose inside they give another head. */
export function swappedPairings(mine: Pairing[], theirs: Pairing[]): string[] {
  const out: string[] = [];
  for (const { head, inside } of mine) {
    const same = theirs.filter((p) => p.head === head);
    if (!same.length || same.some((p) => p.inside === inside)) continue;
    const other = theirs.find((p) => p.inside === inside && p.head !== head);
    if (other) out.push(`"${head} (${inside})": the clause writes "${head} (${same[0].inside})" and "${other.head} (${inside})"`);
  }
  return out;
}
