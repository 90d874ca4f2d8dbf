/**
 * How specific a word of a question is, from its rank among the 10,000 most
 * frequent words of its language: "need", "again" or "quick" say little
 * about what is asked; "budget", "visa" or "deadline" say more; a word
 * outside the list (a name, a code, "Schengen") says the most. Coverage
 * weighs a concept by its rarity in the corpus times this specificity, so
 * chat filler neither sinks an answer nor carries one.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../types.ts';
import { ANALYSIS_VERSION } from './analyze.ts';

interface FrequencyFile {
  format: 1;
  analysis: number;
  ranks: Record<Lang, Record<string, number>>;
}

/** Below this rank a word is as unspecific as it gets; the list holds 10,000 words a language. */
const COMMON_RANK = 150;
const LIST_SIZE = 10_000;
const FLOOR = 0.15;

export class WordSpecificity {
  constructor(private readonly ranks: FrequencyFile['ranks']) {}

  static fromFile(path: string): WordSpecificity {
    const file = JSON.parse(readFileSync(path, 'utf8')) as FrequencyFile;
    if (file.format !== 1 || file.analysis !== ANALYSIS_VERSION) {
      throw new Error(`${path} was built for another analysis version: run npx tsx scripts/lexicon/build-lexicon.ts`);
    }
    return new WordSpecificity(file.ranks);
  }

  /** General-language rank of an analysed term (1 = most frequent); undefined outside the list. */
  rank(term: string, lang: Lang): number | undefined {
    const table = this.ranks[lang];
    return Object.hasOwn(table, term) ? table[term] : undefined;
  }

  /** 0.15 (everyday word) … 1 (rare word, name, number or code), on the log of its rank. */
  of(term: string, lang: Lang): number {
    if (/\d/.test(term)) return 1;
    const rank = this.rank(term, lang);
    if (rank === undefined) return 1;
    const s = Math.log(rank / COMMON_RANK) / Math.log(LIST_SIZE / COMMON_RANK);
    return Math.min(1, Math.max(FLOOR, s));
  }
}
