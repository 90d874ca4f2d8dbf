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
  /** The parenthesis spells the words before it out as an acronym ("… des télécommunications (GCDT)"): it binds no value. */
  acronym?: boolean;
}

const ACRONYM = /\(([A-Z][A-Z0-9&-]{1,11})\)/g;

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
  const acronyms = new Set([...text.matchAll(ACRONYM)].map((m) => fold(m[1])));
  const pairs = inParentheses.map((m) => {
    const inside = m[2].trim().replace(/\s+/g, ' ');
    return { head: m[1], inside, ...(acronyms.has(inside) ? { acronym: true } : {}) };
  });
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

/** A folded text's stretches between commas, semicolons and "and": what one stretch says together it pairs. */
const STRETCH = /[,;()]|\s(?:and|et|y|as well as|ainsi que|puis|then|while|tandis que|mientras)\s/;

const hasWord = (text: string, word: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\p{L}\p{N}])`, 'u').test(text);

/**
 * A clause's pair told with another's in prose: the clause writes "quechua (Équateur), aymara (Bolivie)" and the sentence
 * "la Bolivie l'a fait en quechua" (a stretch of the sentence holds one pair's head and the other's inside, and the
 * sentence names neither the head's own inside nor the other head) or "la Bolivie l'a fait en quechua et l'Équateur en
 * aymara" (two stretches, each crosswise). A list dealt out in another order ("en quechua et en aymara, pour l'Équateur
 * et la Bolivie") holds no head and inside in one stretch.
 */
export function crossedPairings(text: string, theirs: Pairing[]): string[] {
  const folded = fold(text);
  const pairs = [...new Map(theirs.map((p) => [`${p.head}\n${p.inside}`, p])).values()].filter(
    (p) => hasWord(folded, p.head) || hasWord(folded, p.inside),
  );
  if (pairs.length < 2) return [];
  // Each head and inside looked for once in the sentence and in each of its stretches.
  const words = [...new Set(pairs.flatMap((p) => [p.head, p.inside]))];
  const inSentence = new Set(words.filter((w) => hasWord(folded, w)));
  const stretches = folded.split(STRETCH).map((s) => new Set([...inSentence].filter((w) => hasWord(s, w))));
  const together = (head: string, inside: string) => stretches.some((s) => s.has(head) && s.has(inside));
  const out: string[] = [];
  for (const a of pairs)
    for (const b of pairs) {
      if (a.head === b.head || a.inside === b.inside || a.head === b.inside || !together(a.head, b.inside) || together(a.head, a.inside))
        continue;
      const crosswise = together(b.head, a.inside) && !together(b.head, b.inside);
      // An acronym sits beside many names ("Le GCDT a approuvé la nomination du Togolais …"): told crosswise only.
      const alone = !a.acronym && !b.acronym && !inSentence.has(a.inside) && !inSentence.has(b.head);
      if (crosswise || alone)
        out.push(
          `"${a.head}" goes with "${b.inside}" in the sentence; the clause writes "${a.head} (${a.inside})" and "${b.head} (${b.inside})"`,
        );
    }
  return out;
}
