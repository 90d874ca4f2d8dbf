/**
 * A table of phrases found in a text by whole words: what one alternation
 * regex of every phrase, `(?<![\w-])(a|b\s+c|…)(?![\w-])` longest first,
 * finds, without trying thousands of alternatives at every character.
 *
 * A text is read as units: a run of word characters (`[\w-]`), a run of white
 * space (read as one space, as a phrase's space matches `\s+`), or any other
 * single character. A phrase starts and ends with a word character, so a match
 * is a whole number of units; the table keeps every phrase's unit-aligned
 * prefixes and stops extending a match as soon as none continues it.
 */

export interface PhraseMatch {
  /** The phrase as the table holds it (white space as single spaces). */
  phrase: string;
  start: number;
  end: number;
}

const WORD = /[\w-]/;
const UNIT = /[\w-]+|\s+|[^]/g;

export class PhraseTable {
  private readonly phrases: ReadonlySet<string>;
  private readonly prefixes = new Set<string>();

  constructor(phrases: Iterable<string>) {
    this.phrases = new Set(phrases);
    for (const phrase of this.phrases) {
      if (!WORD.test(phrase[0] ?? '') || !WORD.test(phrase.at(-1)!)) {
        throw new Error(`a phrase must start and end with a word character: "${phrase}"`);
      }
      let prefix = '';
      for (const [unit] of phrase.matchAll(UNIT)) this.prefixes.add((prefix += unit));
    }
  }

  /** The longest phrase at each place, left to right, never overlapping. */
  matches(text: string): PhraseMatch[] {
    // The units as offsets (unit k is text[at[k], at[k + 1])): a match object per unit made most of what this read cost.
    const at = [0];
    UNIT.lastIndex = 0;
    while (UNIT.exec(text)) at.push(UNIT.lastIndex);
    const unit = (k: number) => text.slice(at[k], at[k + 1]);
    const out: PhraseMatch[] = [];
    for (let i = 0; i + 1 < at.length; i += 1) {
      if (!WORD.test(text[at[i]])) continue;
      let key = '';
      let longest: { phrase: string; last: number } | undefined;
      for (let j = i; j + 1 < at.length; j += 1) {
        key += /\s/.test(text[at[j]]) ? ' ' : unit(j);
        if (!this.prefixes.has(key)) break;
        if (this.phrases.has(key)) longest = { phrase: key, last: j };
      }
      if (!longest) continue;
      out.push({ phrase: longest.phrase, start: at[i], end: at[longest.last + 1] });
      i = longest.last;
    }
    return out;
  }
}
