/**
 * Function words a question's concepts leave out, beyond the stop words analysis removes everywhere: the Snowball
 * lists' forms of auxiliaries, pronouns and contractions ("having", "itself", "weren't", "estaban", "hubiera"),
 * compiled from Debian's liblingua-stopwords-perl into data/function-words.json (scripts/lexicon/build-function-words.ts).
 * Only questions are read this way, in their own language: a clause's index terms do not change.
 */
import type { Lang } from '../types.ts';
import table from './data/function-words.json' with { type: 'json' };

const WORDS: Record<Lang, ReadonlySet<string>> = { en: new Set(table.en), fr: new Set(table.fr), es: new Set(table.es) };

/** Whether a folded word of a question in `lang` is a function word there. */
export function isFunctionWord(word: string | undefined, lang: Lang): boolean {
  return word !== undefined && WORDS[lang].has(word);
}

/** The table's size per language and where it comes from (`sources --lexicon`). */
export function describeFunctionWords(): { words: Record<Lang, number>; source: typeof table.source } {
  return { words: { en: WORDS.en.size, fr: WORDS.fr.size, es: WORDS.es.size }, source: table.source };
}
