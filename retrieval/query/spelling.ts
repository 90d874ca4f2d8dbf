/**
 * Typo tolerance for query terms ("convnors", "deadine", "secretariat" for
 * "secrétariat" stemmed apart): a term the corpus and the word tables do not
 * know is matched to known terms one edit away (insertion, deletion,
 * substitution, transposition), through a symmetric-delete index built on
 * first need.
 */

import { MAX_WORD_LETTERS } from './analyze.ts';

const MIN_LENGTH = 5;

export class SpellingIndex {
  private byDeletion?: Map<string, string[]>;

  constructor(private readonly vocabulary: () => Iterable<string>) {}

  /** Known terms one edit from `term` (empty for short terms, runs too long to be words, numbers and codes). */
  near(term: string): string[] {
    if (term.length < MIN_LENGTH || term.length > MAX_WORD_LETTERS || /[^a-z]/.test(term)) return [];
    const index = (this.byDeletion ??= this.build());
    const found = new Set<string>();
    for (const key of [term, ...deletions(term)])
      for (const word of index.get(key) ?? []) if (word !== term && withinOneEdit(term, word)) found.add(word);
    return [...found];
  }

  /**
   * The stem of the first word one edit from a word as written (a letter left out, the commonest typo; then two letters
   * swapped) that `known` accepts: "meetng" → "meeting" → "meet", where the stems
   * are two edits apart. Undefined for short words, runs too long to be words and words with digits.
   */
  misspelt(word: string | undefined, stem: (word: string) => string, known: (term: string) => boolean): string | undefined {
    if (!word || word.length < MIN_LENGTH || word.length > MAX_WORD_LETTERS || /[^a-z]/.test(word)) return undefined;
    for (const candidate of edits(word)) {
      const term = stem(candidate);
      if (known(term)) return term;
    }
    return undefined;
  }

  private build(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    const add = (key: string, word: string) => {
      const list = index.get(key);
      if (!list) index.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    };
    for (const word of this.vocabulary()) {
      if (word.length < MIN_LENGTH - 1 || /[^a-z]/.test(word)) continue;
      add(word, word);
      for (const d of deletions(word)) add(d, word);
    }
    return index;
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Words one edit from a word, the first letter kept: a letter left out, then two letters swapped. Not a letter too many
 * or mistyped: those turn a plural the stemmer cuts apart ("resúmenes") into another word's stem ("resum").
 */
function edits(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length; i += 1) for (const c of LETTERS) out.push(word.slice(0, i) + c + word.slice(i));
  for (let i = 1; i < word.length - 1; i += 1) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Damerau-Levenshtein distance ≤ 1, with the first letter kept (people rarely mistype it). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i += 1) if (a[i] !== b[i]) diff.push(i);
    if (diff.length <= 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i += 1;
  return long.slice(i + 1) === short.slice(i);
}
