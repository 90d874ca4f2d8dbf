/**
 * What one word of a message brings beside the glossary's equivalents: the same word read by another language's
 * analyser, the word without its prefix, the other forms of its lemma and its senses in the general lexicon. Worked out
 * once per word and language: the same words come back in every message and every answer checked.
 */
import type { LexicalIndex } from '../lexical/lexical-index.ts';
import type { Lang } from '../types.ts';
import { analyze, singularStems } from './analyze.ts';
import { FINDING_ONLY_KINDS, type Lexicon, type LexiconAlternative } from './lexicon.ts';
import { unprefixed } from './prefixes.ts';

/** A stem variant ("modif" for "modifi") scores a little below the term as asked. */
export const VARIANT_WEIGHT = 0.85;
/** A word this long spelled alike in two languages is one word (shorter ones are false friends more often: "chat", "but"). */
const SAME_WORD_MIN_LENGTH = 5;
/** The word without its prefix: a kind of the word's meaning, weaker than a form of the word. */
const UNPREFIXED_WEIGHT = 0.6;
/** Words whose senses are kept; past it the memo starts again (a long-running bot meets new words for ever). */
const CACHE_SIZE = 20_000;

/**
 * A synonym in the asker's language spelled as a word of the corpus ("rewrite" → "revise" → "revis", the "révision" of a
 * French clause) is a cognate, met as written; a short one is as often a false friend ("suite" → "suit").
 */
const cognate = (alt: LexiconAlternative, lang: Lang) =>
  alt.kind === 'synonym' && alt.lang === lang && alt.terms.every((t) => t.length >= 5);

/** An alternative a word brings, before the ones its group already has are left out. */
export interface Candidate {
  terms: string[];
  weight: number;
  source: 'lexicon' | 'variant';
}

export class WordSenses {
  private readonly cache = new Map<string, readonly Candidate[]>();

  /** `languages`: the corpus's; a sense in another language only meets it through a false friend (but for cognates). */
  constructor(
    private readonly lexical: Pick<LexicalIndex, 'has' | 'variants'>,
    private readonly lexicon?: Lexicon,
    private readonly languages?: ReadonlySet<Lang>,
  ) {}

  /**
   * The alternatives of `term` (analysed; `word` as written), in the order they are added. `families: false` leaves out
   * the other forms of the lemma and the senses that only find clauses; `single`: the term is a concept on its own.
   */
  of(term: string, word: string | undefined, lang: Lang, families: boolean, single: boolean): readonly Candidate[] {
    const key = `${lang}\t${families}\t${single}\t${term}\t${word}`;
    let out = this.cache.get(key);
    if (!out) {
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(key, (out = this.read(term, word, lang, families, single)));
    }
    return out;
  }

  /** The alternatives of a word the lexicon reads as part of a phrase, with the phrase's senses for its own. */
  phrased(term: string, word: string | undefined, lang: Lang, families: boolean, single: boolean, senses: LexiconAlternative[]) {
    return this.read(term, word, lang, families, single, senses);
  }

  /**
   * The word as written, read by the analysers of the corpus's other languages, when its own stem is not in the corpus:
   * a name, loanword or cognate spelled alike is the same word, and each language's stemmer cuts it its own way
   * ("covid" is "cov" to the Spanish stemmer and "covid" to the French one; "protection", "advisory", "circular").
   */
  sameWordElsewhere(term: string, word: string | undefined, lang: Lang): string[] {
    if (!word || word.length < SAME_WORD_MIN_LENGTH || this.lexical.has(term)) return [];
    const out: string[] = [];
    for (const other of this.languages ?? (['en', 'fr', 'es'] as const)) {
      if (other === lang) continue;
      const [stem, ...more] = analyze(word, other);
      if (stem && !more.length && stem !== term && this.lexical.has(stem) && !out.includes(stem)) out.push(stem);
    }
    return out;
  }

  private read(term: string, word: string | undefined, lang: Lang, families: boolean, one: boolean, phrased?: LexiconAlternative[]) {
    const { lexicon } = this;
    const out: Candidate[] = [];
    const add = (terms: string[], weight: number, source: Candidate['source']) => out.push({ terms, weight, source });
    for (const other of this.sameWordElsewhere(term, word, lang)) add([other], VARIANT_WEIGHT, 'variant');
    // A word the corpus lacks, made of a prefix and a word it has ("surcoût": "coût"), when finding clauses.
    const bare = families && !this.lexical.has(term) ? unprefixed(word, lang) : [];
    for (const base of bare) add([base], UNPREFIXED_WEIGHT, 'variant');
    const single = one && lexicon;
    const matesOf = (t: string, l: Lang) => (families && lexicon ? lexicon.mates(t, l) : []);
    // The forms of the word's lemma that stemming does not join ("tient" → "tiendr", "held" → "hold") …
    const mates = single ? matesOf(term, lang) : [];
    for (const mate of mates) add([mate], VARIANT_WEIGHT, 'variant');
    // … and the senses of the word, or of its lemma's forms when the word has none of its own in the corpus's languages
    // ("cubierto" → "cubrir"; "installées" → "installer" → "install", where "installée" only knows a Spanish word).
    // A statement checked reads no sense that only finds clauses (`FINDING_ONLY_KINDS`).
    const read = (alts: LexiconAlternative[]) => (families ? alts : alts.filter((a) => !FINDING_ONLY_KINDS.has(a.kind)));
    const own = single ? read(single.alternatives(term, lang)) : [];
    // … or of its singular, where the stemmer cuts the plural another way ("resúmenes" → "resumen", "resumen" → "resum").
    const lemmas = (lx: Lexicon) => [...mates, ...singularStems(word, term, lang).filter((s) => lx.knows(s, lang))];
    const fromLemmas = () => (single ? lemmas(single).flatMap((m) => read(single.alternatives(m, lang))) : []);
    const inLanguages = own.some((a) => (this.languages?.has(a.lang) ?? true) || cognate(a, lang)) || !single;
    const senses = phrased ? read(phrased) : inLanguages ? own : fromLemmas();
    for (const alt of senses) {
      if (this.languages && !this.languages.has(alt.lang) && !cognate(alt, lang)) continue;
      add(alt.terms, alt.weight, 'lexicon');
      // A sense is met in any form of its own lemma ("couvrir" in "couverts").
      if (alt.terms.length === 1) for (const mate of matesOf(alt.terms[0], alt.lang)) add([mate], alt.weight * VARIANT_WEIGHT, 'lexicon');
    }
    return out;
  }
}
