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
  { kind: 'derivation', weight: 0.5, about: 'English word of the same family (WordNet derivation: decide → decision)' },
  { kind: 'derivation-translation', weight: 0.4, about: 'dictionary translation of a WordNet derivation' },
  {
    kind: 'hypernym',
    weight: 0.35,
    about: 'English word for what a noun or a phrasal verb is a kind of (WordNet, first sense: gadget → device, keep going → continue)',
  },
  { kind: 'hypernym-translation', weight: 0.3, about: 'dictionary translation of a WordNet hypernym' },
  { kind: 'thesaurus', weight: 0.4, about: 'French synonym (LibreOffice thesaurus, pairs that list each other and share synonyms)' },
] as const;

/**
 * Senses that help find a clause but support no statement a clause is checked against: what a word is a kind of
 * ("devices" is no "gadgets") and a thesaurus's synonyms, whose senses come in no order.
 */
export const FINDING_ONLY_KINDS: ReadonlySet<string> = new Set(['hypernym', 'hypernym-translation', 'thesaurus']);

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
  /** Word families: a lemma ("tenir<vblex>") → the stems of its forms that stemming does not join ("tient", "tiendr", "tenu"). */
  families?: Record<Lang, Record<string, string[]>>;
  /** Opposites: an analysed word → the analysed words that mean its opposite ("renforc" → "affaibl"). */
  antonyms?: Record<Lang, Record<string, string[]>>;
}

/** A multiword expression of the lexicon found in a text: its word positions and alternatives. */
export interface PhraseMatch {
  /** The expression's analysed content words ("set up" → ["set"], "take part" → ["take", "part"]). */
  terms: string[];
  alternatives: LexiconAlternative[];
}

/**
 * On disk (`lexicon.tsv`): one JSON header line (format, analysis version,
 * sources, kinds), then one line per word or expression: table (`w` words,
 * `p` multiword expressions), language, analysed key, and its alternatives
 * as JSON; then one line per word family (`f`, language, lemma, its stems
 * separated by spaces); then one line per word with opposites (`a`, language, analysed word, its
 * analysed opposites separated by spaces). Loading keeps each line's alternatives as text and parses them
 * when the term is first asked for: the file holds 30,000 entries and a
 * question needs a few dozen (parsing it all cost about 0.1 s at every start).
 */
const Header = z.object({
  format: z.literal(3),
  analysis: z.number(),
  sources: z.array(z.object({ id: z.string(), name: z.string(), debian: z.string(), licence: z.string(), url: z.string() })),
  kinds: z.array(z.object({ kind: z.string(), weight: z.number(), about: z.string() })),
});
const MAX_PHRASE_WORDS = 4;
const LANGS = ['en', 'fr', 'es'] as const;
const Expansions = z.array(z.tuple([z.string(), z.enum(LANGS), z.number(), z.array(z.number())]));

export interface LexiconAlternative {
  terms: string[];
  weight: number;
  lang: Lang;
  kind: string;
  sources: string[];
}

/** Each language's entries: alternatives parsed, or still the JSON text of their line. */
type Entries = Record<Lang, Map<string, Expansion[] | string>>;

export class Lexicon {
  private readonly header: Pick<LexiconFile, 'sources' | 'kinds' | 'analysis'>;
  private readonly words: Entries;
  private readonly phrases: Entries;
  /** Each language's phrases' first words, built on the first `phrasesIn`: most words open none, and need no look-up. */
  private phraseStarts?: Record<Lang, Set<string>>;
  /** Each language's families, as their stems written out; indexed by stem on the first `mates` asked. */
  private readonly familyLines: Record<Lang, string[]> = { en: [], fr: [], es: [] };
  private familyIndex?: Record<Lang, Map<string, string> | undefined>;
  /** Each language's opposites: analysed word → its opposites, separated by spaces. */
  private readonly opposites: Record<Lang, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };

  constructor(file: LexiconFile) {
    this.header = file;
    const entries = (table: LexiconFile['expansions']) =>
      Object.fromEntries(LANGS.map((l) => [l, new Map<string, Expansion[] | string>(Object.entries(table[l]))])) as Entries;
    this.words = entries(file.expansions);
    this.phrases = entries(file.phrases);
    for (const lang of LANGS) for (const stems of Object.values(file.families?.[lang] ?? {})) this.addFamily(lang, stems.join(' '));
    for (const lang of LANGS)
      for (const [term, opposites] of Object.entries(file.antonyms?.[lang] ?? {})) this.opposites[lang].set(term, opposites.join(' '));
  }

  /** The analysed words that mean a term's opposite, in its language ("renforc" → "affaibl"). */
  antonyms(term: string, lang: Lang): string[] {
    return this.opposites[lang].get(term)?.split(' ') ?? [];
  }

  private addFamily(lang: Lang, stems: string): void {
    this.familyLines[lang].push(stems);
    this.familyIndex = undefined;
  }

  /** The other stems of the forms of a term's lemma ("tient" → "tiendr", "tenu", …; "held" → "hold"). */
  mates(term: string, lang: Lang): string[] {
    const index = (this.familyIndex ??= { en: undefined, fr: undefined, es: undefined });
    const stems = (index[lang] ??= this.indexFamilies(lang)).get(term);
    return stems ? [...new Set(stems.split(' '))].filter((s) => s !== term) : [];
  }

  /** Stem → the stems of every family it is in, one language at a time (built when first asked). */
  private indexFamilies(lang: Lang): Map<string, string> {
    const index = new Map<string, string>();
    for (const line of this.familyLines[lang]) {
      for (const stem of line.split(' ')) {
        const known = index.get(stem);
        index.set(stem, known === undefined ? line : `${known} ${line}`);
      }
    }
    return index;
  }

  /** Reads a compiled lexicon; throws when it was analysed differently from the running code (rebuild it). */
  static fromFile(path: string): Lexicon {
    const text = readFileSync(path, 'utf8');
    const firstBreak = text.indexOf('\n');
    const header = Header.parse(JSON.parse(text.slice(0, firstBreak)));
    if (header.analysis !== ANALYSIS_VERSION) {
      throw new Error(
        `${path} was built for analysis version ${header.analysis}, not ${ANALYSIS_VERSION}: run npx tsx scripts/lexicon/build-lexicon.ts`,
      );
    }
    const empty = (): LexiconFile['expansions'] => ({ en: {}, fr: {}, es: {} });
    const { analysis, sources, kinds } = header;
    const lexicon = new Lexicon({ format: 2, analysis, sources, kinds, expansions: empty(), phrases: empty() });
    // Lines are cut with indexOf rather than split: 30,000 of them are read at every start.
    for (let pos = firstBreak + 1, end = 0; pos < text.length; pos = end + 1) {
      end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const t1 = text.indexOf('\t', pos);
      const t2 = t1 < 0 || t1 > end ? -1 : text.indexOf('\t', t1 + 1);
      const t3 = t2 < 0 || t2 > end ? -1 : text.indexOf('\t', t2 + 1);
      // A damaged line costs that entry, never the answer.
      if (t3 < 0 || t3 > end) continue;
      const [table, lang] = [text.slice(pos, t1), text.slice(t1 + 1, t2)];
      if (!(LANGS as readonly string[]).includes(lang)) continue;
      const value = text.slice(t3 + 1, end);
      if (table === 'f') lexicon.addFamily(lang as Lang, value);
      else if (table === 'a') lexicon.opposites[lang as Lang].set(text.slice(t2 + 1, t3), value);
      else if (table === 'w' || table === 'p')
        (table === 'w' ? lexicon.words : lexicon.phrases)[lang as Lang].set(text.slice(t2 + 1, t3), value);
    }
    return lexicon;
  }

  /** The lexicon as written to disk by scripts/lexicon/build-lexicon.ts. */
  static serialise(file: LexiconFile): string {
    const { analysis, sources, kinds } = file;
    const lines = [JSON.stringify({ format: 3, analysis, sources, kinds })];
    for (const [table, entries] of [
      ['w', file.expansions],
      ['p', file.phrases],
    ] as const) {
      for (const lang of LANGS)
        for (const [key, list] of Object.entries(entries[lang])) lines.push(`${table}\t${lang}\t${key}\t${JSON.stringify(list)}`);
    }
    for (const lang of LANGS)
      for (const [lemma, stems] of Object.entries(file.families?.[lang] ?? {})) lines.push(`f\t${lang}\t${lemma}\t${stems.join(' ')}`);
    for (const lang of LANGS)
      for (const [term, opposites] of Object.entries(file.antonyms?.[lang] ?? {}))
        lines.push(`a\t${lang}\t${term}\t${opposites.join(' ')}`);
    return `${lines.join('\n')}\n`;
  }

  /** Whether the lexicon has alternatives for an analysed term. */
  knows(term: string, lang: Lang): boolean {
    return this.words[lang].has(term);
  }

  /** Alternatives of one analysed query term, in every language, strongest kind first. */
  alternatives(term: string, lang: Lang): LexiconAlternative[] {
    return this.lookUp(this.words[lang], term);
  }

  /**
   * The multiword expressions of a text, longest first at each word and not
   * overlapping ("we set up the group" → "set up"), with their alternatives.
   */
  phrasesIn(text: string, lang: Lang): PhraseMatch[] {
    const table = this.phrases[lang];
    this.phraseStarts ??= Object.fromEntries(
      LANGS.map((l) => [l, new Set([...this.phrases[l].keys()].map((key) => key.split(' ')[0]))]),
    ) as Record<Lang, Set<string>>;
    const starts = this.phraseStarts[lang];
    const tokens = tokenize(text, false);
    const stems = tokens.map((t) => stemWord(t, lang));
    const found: PhraseMatch[] = [];
    for (let i = 0; i < stems.length; i += 1) {
      if (!starts.has(stems[i])) continue;
      for (let n = Math.min(MAX_PHRASE_WORDS, stems.length - i); n >= 2; n -= 1) {
        const key = stems.slice(i, i + n).join(' ');
        if (!table.has(key)) continue;
        const terms = analyzeQuery(tokens.slice(i, i + n).join(' '), lang).map((t) => t.term);
        if (terms.length) found.push({ terms, alternatives: this.lookUp(table, key) });
        i += n - 1;
        break;
      }
    }
    return found;
  }

  private lookUp(table: Map<string, Expansion[] | string>, term: string): LexiconAlternative[] {
    const { kinds, sources } = this.header;
    const found = this.entry(table, term).filter(([, , kind, from]) => kinds[kind] && from.every((i) => sources[i]));
    return found
      .map(([terms, to, kind, from]) => ({
        terms: terms.split(' '),
        lang: to,
        weight: kinds[kind].weight,
        kind: kinds[kind].kind,
        sources: from.map((i) => sources[i].id),
      }))
      .sort((a, b) => b.weight - a.weight);
  }

  /** A term's alternatives, parsed and checked the first time it is asked for; a damaged entry gives none. */
  private entry(table: Map<string, Expansion[] | string>, term: string): Expansion[] {
    const raw = table.get(term);
    if (raw === undefined || typeof raw !== 'string') return raw ?? [];
    let parsed: Expansion[] = [];
    try {
      const checked = Expansions.safeParse(JSON.parse(raw));
      if (checked.success) parsed = checked.data;
    } catch {
      // left empty
    }
    table.set(term, parsed);
    return parsed;
  }

  /** Sizes and provenance, for `iotsec sources --lexicon`. */
  describe(): {
    sources: LexiconSource[];
    entries: Record<Lang, number>;
    phrases: Record<Lang, number>;
    /** Word families, per language. */
    families: Record<Lang, number>;
    /** Words with opposites, per language. */
    antonyms: Record<Lang, number>;
    alternatives: Record<string, number>;
  } {
    const { kinds, sources } = this.header;
    const count = (table: Entries) => Object.fromEntries(LANGS.map((l) => [l, table[l].size])) as Record<Lang, number>;
    const alternatives: Record<string, number> = {};
    for (const table of [this.words, this.phrases]) {
      for (const lang of LANGS) {
        for (const term of table[lang].keys()) {
          for (const [, , kind] of this.entry(table[lang], term))
            alternatives[kinds[kind].kind] = (alternatives[kinds[kind].kind] ?? 0) + 1;
        }
      }
    }
    const families = Object.fromEntries(LANGS.map((l) => [l, this.familyLines[l].length])) as Record<Lang, number>;
    const antonyms = Object.fromEntries(LANGS.map((l) => [l, this.opposites[l].size])) as Record<Lang, number>;
    return { sources, entries: count(this.words), phrases: count(this.phrases), families, antonyms, alternatives };
  }
}
