/**
 * Pairs in parentheses: a clause that writes "Q.3057 (2020) … Q.3062 (2022)"
 * or "quechua (Équateur), aymara (Bolivie)" binds each parenthesis to the
 * word before it. A sentence that writes "Q.3062 (2020)" or "quechua
 * (Bolivie)" gives one of them what the clause gives another: both values are
 * in the clause, so no other rule sees the swap.
 */
import { fold } from '../text.ts';

export interface Pairing {
  head: string;
  inside: string;
}

const PAIR = /([\p{L}\p{N}](?:[\p{L}\p{N}./-]*[\p{L}\p{N}])?)\s*\(([^()]{1,40})\)/gu;

/** The "word (what it holds)" pairs of a text, folded ("q.3057" → "2020", "quechua" → "equateur"). */
export function pairings(text: string): Pairing[] {
  if (!text.includes('(')) return [];
  return [...fold(text).matchAll(PAIR)].map((m) => ({ head: m[1], inside: m[2].trim().replace(/\s+/g, ' ') }));
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
