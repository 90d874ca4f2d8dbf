/**
 * A word made of a prefix and a word the corpus has ("surcoût": "coût"; "cyberdrill": "drill"; "precondición":
 * "condición"): when the corpus does not have the word itself, retrieval also looks for the word without its prefix,
 * weaker than the word as written. Each language's productive prefixes, longest first.
 */
import type { Lang } from '../types.ts';
import { analyze } from './analyze.ts';

const PREFIXES: Record<Lang, string[]> = {
  en: ['counter', 'cyber', 'hyper', 'inter', 'micro', 'multi', 'super', 'extra', 'under', 'over', 'anti', 'auto', 'mini'],
  fr: ['contre', 'cyber', 'hyper', 'inter', 'micro', 'multi', 'super', 'extra', 'sous', 'anti', 'auto', 'mini', 'sur'],
  es: ['contra', 'ciber', 'hiper', 'inter', 'micro', 'multi', 'super', 'extra', 'sobre', 'anti', 'auto', 'mini'],
};

/** The rest of the word must be a word of its own: "sur" + "coût", not "sur" + "e". */
const MIN_REST = 4;

/** The terms of a folded word without each of its language's prefixes it starts with (none when it has none). */
export function unprefixed(word: string | undefined, lang: Lang): string[] {
  if (!word) return [];
  const out: string[] = [];
  for (const prefix of PREFIXES[lang]) {
    const rest = word.startsWith(prefix) ? word.slice(prefix.length).replace(/^-/, '') : '';
    if (rest.length < MIN_REST) continue;
    const [term, ...more] = analyze(rest, lang);
    if (term && !more.length && !out.includes(term)) out.push(term);
  }
  return out;
}
