/**
 * The general lexicon: everyday-word bridges the ITU glossary does not hold
 * ("paper" → "document", "send" → "envoyer", "meeting" → "réunion"),
 * compiled from FreeDict and WordNet by scripts/lexicon/build-lexicon.ts,
 * with the source of every alternative. Its alternatives weigh less than an
 * exact term or a glossary translation, so a general-dictionary sense never
 * outranks a word the question actually used.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Lang } from '../types.ts';
import { ANALYSIS_VERSION, analyzeQuery, stemWord, tokenize } from './analyze.ts';

export interface LexiconSource {
  id: string;
  name: string;
  debian: string;
  licence: string;
  url: string;
}

/** How an alternative was found, and what it weighs against an exact term (1). */
export const LEXICON_KINDS = [
  { kind: 'dictionary', weight: 0.6, about: 'bilingual dictionary translation' },
  { kind: 'pivot', weight: 0.45, about: 'translation through a third language (English ↔ French through Spanish)' },
  { kind: 'synonym', weight: 0.5, about: 'English synonym (WordNet, two most frequent senses)' },
  { kind: 'synonym-translation', weight: 0.4, about: 'dictionary translation of a WordNet synonym' },
] as const;

/** [analysed target terms, target language, kind index, source indices]. */
type Expansion = [string, Lang, number, number[]];

export interface LexiconFile {
  format: 2;
  analysis: number;
  sources: LexiconSource[];
  kinds: typeof LEXICON_KINDS | Array<{ kind: string; weight: number; about: string }>;
  /** Alternatives of single words, keyed by the analysed word. */
  expansions: Record<Lang, Record<string, Expansion[]>>;
  /** Alternatives of multiword expressions ("set up", "take part"), keyed by all their words stemmed, stop words kept. */
  phrases: Record<Lang, Record<string, Expansion[]>>;
}

/** A multiword expression of the lexicon found in a text: its word positions and alternatives. */
export interface PhraseMatch {
  /** The expression's analysed content words ("set up" → ["set"], "take part" → ["take", "part"]). */
  terms: string[];
  alternatives: LexiconAlternative[];
}

/**
 * The header is checked at load; the 2.6 MB of expansions only as a record
 * of records, and each term's list when it is first asked for (checking all
 * of them up front cost 0.2 s at every start).
 */
const Table = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object of terms');
const File = z.object({
  format: z.literal(2),
  analysis: z.number(),
  sources: z.array(z.object({ id: z.string(), name: z.string(), debian: z.string(), licence: z.string(), url: z.string() })),
  kinds: z.array(z.object({ kind: z.string(), weight: z.number(), about: z.string() })),
  expansions: z.object({ en: Table, fr: Table, es: Table }),
  phrases: z.object({ en: Table, fr: Table, es: Table }),
});
const MAX_PHRASE_WORDS = 4;
const Expansions = z.array(z.tuple([z.string(), z.enum(['en', 'fr', 'es']), z.number(), z.array(z.number())]));

export interface LexiconAlternative {
  terms: string[];
  weight: number;
  lang: Lang;
  kind: string;
  sources: string[];
}

export class Lexicon {
  constructor(private readonly file: LexiconFile) {}

  /** Reads a compiled lexicon; throws when it was analysed differently from the running code (rebuild it). */
  static fromFile(path: string): Lexicon {
    const file = File.parse(JSON.parse(readFileSync(path, 'utf8'))) as LexiconFile;
    if (file.analysis !== ANALYSIS_VERSION) {
      throw new Error(
        `${path} was built for analysis version ${file.analysis}, not ${ANALYSIS_VERSION}: run npx tsx scripts/lexicon/build-lexicon.ts`,
      );
    }
    return new Lexicon(file);
  }

  /** Whether the lexicon has alternatives for an analysed term. */
  knows(term: string, lang: Lang): boolean {
    return Object.hasOwn(this.file.expansions[lang], term);
  }

  /** Alternatives of one analysed query term, in every language, strongest kind first. */
  alternatives(term: string, lang: Lang): LexiconAlternative[] {
    return this.lookUp(this.file.expansions[lang], term);
  }

  /**
   * The multiword expressions of a text, longest first at each word and not
   * overlapping ("we set up the group" → "set up"), with their alternatives.
   */
  phrasesIn(text: string, lang: Lang): PhraseMatch[] {
    const table = this.file.phrases[lang];
    const tokens = tokenize(text, false);
    const stems = tokens.map((t) => stemWord(t, lang));
    const found: PhraseMatch[] = [];
    for (let i = 0; i < stems.length; i += 1) {
      for (let n = Math.min(MAX_PHRASE_WORDS, stems.length - i); n >= 2; n -= 1) {
        const key = stems.slice(i, i + n).join(' ');
        if (!Object.hasOwn(table, key)) continue;
        const terms = analyzeQuery(tokens.slice(i, i + n).join(' '), lang).map((t) => t.term);
        if (terms.length) found.push({ terms, alternatives: this.lookUp(table, key) });
        i += n - 1;
        break;
      }
    }
    return found;
  }

  private lookUp(table: Record<string, unknown>, term: string): LexiconAlternative[] {
    const checked = Expansions.safeParse(Object.hasOwn(table, term) ? table[term] : []);
    const { kinds, sources } = this.file;
    // A damaged entry costs that word's alternatives, never the answer.
    const found = checked.success ? checked.data.filter(([, , kind, from]) => kinds[kind] && from.every((i) => sources[i])) : [];
    return found
      .map(([terms, to, kind, sources]) => ({
        terms: terms.split(' '),
        lang: to,
        weight: this.file.kinds[kind].weight,
        kind: this.file.kinds[kind].kind,
        sources: sources.map((s) => this.file.sources[s].id),
      }))
      .sort((a, b) => b.weight - a.weight);
  }

  /** Sizes and provenance, for `iotsec sources --lexicon`. */
  describe(): {
    sources: LexiconSource[];
    entries: Record<Lang, number>;
    phrases: Record<Lang, number>;
    alternatives: Record<string, number>;
  } {
    const entries = { en: 0, fr: 0, es: 0 } as Record<Lang, number>;
    const phrases = { en: 0, fr: 0, es: 0 } as Record<Lang, number>;
    const alternatives: Record<string, number> = {};
    for (const lang of ['en', 'fr', 'es'] as const) {
      entries[lang] = Object.keys(this.file.expansions[lang]).length;
      phrases[lang] = Object.keys(this.file.phrases[lang]).length;
      for (const table of [this.file.expansions[lang], this.file.phrases[lang]]) {
        for (const list of Object.values(table))
          for (const [, , kind] of list) alternatives[this.file.kinds[kind].kind] = (alternatives[this.file.kinds[kind].kind] ?? 0) + 1;
      }
    }
    return { sources: this.file.sources, entries, phrases, alternatives };
  }
}
