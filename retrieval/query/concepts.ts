/**
 * A question's concepts: its analysed terms grouped with their equivalents
 * (the ITU glossary for terms of art, the general lexicon for everyday
 * words), spelling variants the index holds, and how much each concept
 * matters to what is asked. Built against the lexical index, so
 * alternatives the corpus lacks cost nothing.
 */
import type { LexicalIndex } from '../lexical/lexical-index.ts';
import type { Lang, TermGroup } from '../types.ts';
import { analyze, analyzeQuery, stemWord, type QueryTerm } from './analyze.ts';
import { isFunctionWord } from './function-words.ts';
import { mergeDuplicates, plainGroups, type Glossary } from './glossary.ts';
import type { Lexicon, PhraseMatch } from './lexicon.ts';
import { withPhrases } from './phrase-groups.ts';
import { messageParts, refersBack, type MessagePart } from './message-parts.ts';
import type { Shorthand } from './shorthand.ts';
import { unframed } from './framing.ts';
import type { WordSpecificity } from './specificity.ts';
import { SpellingIndex } from './spelling.ts';
import { VARIANT_WEIGHT, WordSenses } from './word-senses.ts';
import { PURPOSE_NOUN, withPurpose } from './purpose.ts';
import { withRecipients } from './recipients.ts';

/** A side remark ("need them for the slides") still helps ranking, but is not what must be answered. */
const SIDE_REMARK = 0.3;
/** Plain words whose alternatives are kept; the cache starts again when full. */
const EXPANSION_CACHE_SIZE = 20_000;
/** How specific chat noise is: as little as the commonest words. */
const NOISE = 0.15;

export interface ConceptResources {
  glossary?: Glossary;
  lexicon?: Lexicon;
  shorthand?: Shorthand;
  specificity?: WordSpecificity;
}

export interface ConceptOptions {
  families?: boolean;
  /** A question is read without its frame ("could you kindly confirm …"); a statement being verified is read whole. */
  question?: boolean;
  asking?: number;
}

/**
 * The parts of a message with only its `asking`-th asking part asking (all as they are without one). An ask that refers
 * back to what the part before it names ("which index, and when did ITS latest survey go out?") asks about that part's
 * things too: the part before it is marked `refers`, and the names it holds weigh as asked (`weigh`).
 */
export function askingOnly(parts: MessagePart[], lang: Lang, asking?: number): MessagePart[] {
  if (asking === undefined) return parts;
  let k = -1;
  const out = parts.map((p) => ({ ...p, asks: p.asks && (k += 1) === asking }));
  const at = out.findIndex((p) => p.asks);
  if (at > 0 && refersBack(out[at].text, lang)) out[at - 1] = { ...out[at - 1], refers: true };
  return out;
}

export class QueryConcepts {
  private readonly spelling: SpellingIndex;
  /** Opposites by language and word: the same words come back in every answer checked. */
  private readonly oppositeCache = new Map<string, Map<string, Set<Lang>>>();
  private readonly senses: WordSenses;
  /** Plain words' alternatives by language, reading and word: the same words come back in every question and answer. */
  private readonly expansions = new Map<string, TermGroup['alternatives']>();

  /**
   * `languages`: the languages of the corpus's documents. A general-lexicon
   * alternative in another language can only meet the corpus through a false
   * friend (the English "suite" of "room" in the French "à la suite de").
   */
  constructor(
    private readonly lexical: Pick<LexicalIndex, 'has' | 'variants' | 'vocabulary'>,
    private readonly resources: ConceptResources = {},
    private readonly languages?: ReadonlySet<Lang>,
  ) {
    this.senses = new WordSenses(lexical, resources.lexicon, languages);
    this.spelling = new SpellingIndex(function* () {
      yield* lexical.vocabulary();
      yield* resources.glossary?.terms() ?? [];
    });
  }

  /** A text with its chat shorthand written out ("ça sort qd" → "ça sort quand"): what the question's form is read from. */
  written(text: string, lang: Lang): string {
    return this.resources.shorthand?.expand(text, lang) ?? text;
  }

  /**
   * A text's concepts. `families: false` leaves out the other forms of each
   * word's lemma: verification checks what a sentence states, where
   * "devaient répondre" is not "devrait permettre"; retrieval wants both.
   * `asking: k` reads the message's k-th asking part as its question and the
   * others as side remarks (a message that asks two things, answered apart).
   */
  of(text: string, lang: Lang, { families = true, asking, question = true }: ConceptOptions = {}): TermGroup[] {
    const groups: TermGroup[] = [];
    for (const part of askingOnly(messageParts(text, lang, !question), lang, asking)) {
      const plain = this.written(part.text, lang);
      const asked = question ? withRecipients(plain, lang) : plain;
      const purpose = question ? withPurpose(asked, lang) : { text: asked };
      const written = question ? unframed(purpose.text, lang, !part.asks) : plain;
      const phrases = this.resources.lexicon?.phrasesIn(written, lang) ?? [];
      const found = this.expand(this.corrected(analyzeQuery(written, lang), lang, question), lang, phrases, families);
      // What a question weighs and names (its side remarks, everyday words, proper names) is for retrieval and the
      // answer's form; a statement checked is read for its concepts only.
      if (question) this.weigh(found, written, lang, part.asks, part.refers);
      if (purpose.by) purposeAsSideRemark(found, lang);
      groups.push(...found);
    }
    return mergeDuplicates(groups);
  }

  /** A question's concepts weighed: side remarks less, everyday words by their specificity, names flagged. */
  private weigh(groups: TermGroup[], written: string, lang: Lang, asks: boolean, refers = false): void {
    const capitals = new Set(written.match(/\b[A-Z]{1,4}\b/g));
    const titled = titledWords(written, lang);
    for (const group of groups) {
      const named = (asks || refers) && (this.names(group, lang) || this.isProperName(group, lang, titled));
      group.importance = asks || named ? 1 : SIDE_REMARK;
      group.specificity = this.specificity(group, lang, capitals);
      if (asks && named) group.entity = true;
    }
  }

  /**
   * Analysed words that mean the opposite of a one-word concept as written: the lexicon's antonyms of the word
   * ("weaken" → "strengthen") and their dictionary translations into the corpus's languages ("renforc"), with the
   * spellings the index holds of each ("premi" → "premier", as "première" is stemmed), each with its language: an
   * English translation ("actuel" → "up to DATE") is no opposite of the French "date".
   */
  opposites(group: TermGroup, lang: Lang): Map<string, Set<Lang>> {
    const { lexicon } = this.resources;
    if (!lexicon || group.original.length !== 1) return new Map();
    const key = `${lang}\t${group.original[0]}`;
    let out = this.oppositeCache.get(key);
    if (out) return out;
    this.oppositeCache.set(key, (out = new Map<string, Set<Lang>>()));
    const add = (term: string, of: Iterable<Lang>) => out!.set(term, new Set([...(out!.get(term) ?? []), ...of]));
    for (const opposite of lexicon.antonyms(group.original[0], lang)) {
      add(opposite, [lang]);
      for (const alt of lexicon.alternatives(opposite, lang)) {
        const inCorpus = !this.languages || this.languages.has(alt.lang);
        if (alt.kind === 'dictionary' && alt.terms.length === 1 && inCorpus) add(alt.terms[0], [alt.lang]);
      }
    }
    for (const [term, of] of [...out]) for (const variant of this.lexical.variants(term)) add(variant, of);
    return out;
  }

  private expand(terms: QueryTerm[], lang: Lang, phrases: PhraseMatch[], families: boolean): TermGroup[] {
    const inCorpus = (term: string) => this.lexical.has(term);
    const { glossary } = this.resources;
    const plain = glossary ? glossary.expand(terms, inCorpus) : plainGroups(terms, inCorpus);
    const { groups, phrased } = withPhrases(plain, phrases);
    const written = new Map(terms.flatMap((t) => (t.word ? [[t.term, t.word] as const] : [])));
    for (const group of groups) {
      const term = group.original[0];
      const word = written.get(term);
      const single = group.original.length === 1;
      const senses = phrased.get(group);
      // A plain word (no term of art, no phrase) expands the same wherever it stands: read once.
      const only = group.alternatives[0];
      const plainWord = !senses && group.alternatives.length === 1 && only.terms.length === 1 && only.terms[0] === term;
      const key = plainWord ? `${lang}\t${families}\t${term}\t${word}` : '';
      const known = key ? this.expansions.get(key) : undefined;
      if (known) {
        group.alternatives = [...known];
        continue;
      }
      const seen = new Set(group.alternatives.map((a) => a.terms.join(' ')));
      const add = (terms: string[], weight: number, source: 'lexicon' | 'variant') => {
        const key = terms.join(' ');
        if (seen.has(key) || !terms.every(inCorpus)) return;
        seen.add(key);
        group.alternatives.push({ terms, weight, source });
      };
      const candidates = senses
        ? this.senses.phrased(term, word, lang, families, single, senses)
        : this.senses.of(term, word, lang, families, single);
      for (const c of candidates) add(c.terms, c.weight, c.source);
      this.addVariants(group, seen);
      if (key) {
        if (this.expansions.size >= EXPANSION_CACHE_SIZE) this.expansions.clear();
        this.expansions.set(key, [...group.alternatives]);
      }
    }
    return groups;
  }

  private addVariants(group: TermGroup, seen: Set<string>): void {
    for (const alt of [...group.alternatives]) {
      if (alt.terms.length !== 1 || alt.source === 'lexicon') continue;
      // Translations only take shorter stems ("modifi" → "modif"): longer ones drift ("conven" → "convenu").
      const variants = this.lexical.variants(alt.terms[0]).filter((v) => alt.weight === 1 || v.length < alt.terms[0].length);
      for (const variant of variants) {
        if (seen.has(variant)) continue;
        seen.add(variant);
        group.alternatives.push({ terms: [variant], weight: alt.weight * VARIANT_WEIGHT, source: 'variant' });
      }
    }
  }

  /**
   * A term nothing knows, one edit from a term the corpus or the glossary has, is that term ("meetng": "meeting", "meet"); a
   * question leaves out its function words (a statement checked keeps them: verification reads what it states).
   */
  private corrected(terms: QueryTerm[], lang: Lang, question = true): QueryTerm[] {
    return terms.filter((t) => !question || !isFunctionWord(t.word, lang)).map((t) => {
      // "which other sgs", "the wps": the plural of a glossary acronym is the acronym.
      if (/s$/.test(t.term) && !this.lexical.has(t.term) && this.resources.glossary?.isName(t.term.slice(0, -1))) {
        return { term: t.term.slice(0, -1) };
      }
      if (t.compound || this.knows(t.term, lang) || this.senses.sameWordElsewhere(t.term, t.word, lang).length) return t;
      const near = this.spelling.near(t.term)[0] ?? this.spelling.misspelt(t.word, (w) => stemWord(w, lang), (s) => this.lexical.has(s));
      return near ? { term: near } : t;
    });
  }

  /** A concept asked as one glossary acronym or code that general language does not know ("jcg", "tsag", "sg17"). */
  private names(group: TermGroup, lang: Lang): boolean {
    const { glossary, specificity } = this.resources;
    if (!glossary || !specificity || group.original.length !== 1) return false;
    const [term] = group.original;
    // The glossary's acronyms and codes ("jcg", "sg17"), unless the asker's language has the word ("tic" in English),
    // and its short forms no language has ("citel", "gsma"; not the Spanish "aprob", a stem no list holds as such).
    if (glossary.isName(term)) return !this.generalWord(term, lang);
    return glossary.isBare(term) && !(['en', 'fr', 'es'] as const).some((l) => this.generalWord(term, l));
  }

  /**
   * A name the question writes with a capital inside a sentence, that general language does not know and the corpus
   * holds ("Bret Jordan", "Ghernaouti"): the person or thing asked about, which the answering clause must name.
   */
  private isProperName(group: TermGroup, lang: Lang, titled: ReadonlySet<string>): boolean {
    if (!this.resources.specificity || group.original.length !== 1) return false;
    const [term] = group.original;
    if (!titled.has(term) || term.length < 3 || /\d/.test(term) || !this.lexical.has(term)) return false;
    return !this.generalWord(term, lang) && !this.resources.glossary?.knows(term);
  }

  /** The glossary or the general lexicon gives senses of the analysed word: what a word means can be told. */
  hasSenses(term: string, lang: Lang): boolean {
    return Boolean(this.resources.lexicon?.knows(term, lang) || this.resources.glossary?.knows(term));
  }

  /** General language knows the word: the frequency list or the general lexicon. */
  private generalWord(term: string, lang: Lang): boolean {
    const { specificity, lexicon } = this.resources;
    return specificity?.rank(term, lang) !== undefined || Boolean(lexicon?.knows(term, lang));
  }

  /** The corpus, the glossary or general language knows the word. */
  private knows(term: string, lang: Lang): boolean {
    return this.lexical.has(term) || Boolean(this.resources.glossary?.knows(term)) || this.generalWord(term, lang);
  }

  /** The most specific word of the concept as asked (a phrase is as specific as its rarest word). */
  private specificity(group: TermGroup, lang: Lang, capitals: ReadonlySet<string>): number {
    const spec = this.resources.specificity;
    return spec ? Math.max(...group.original.map((t) => (this.isNoise(t, lang, capitals) ? NOISE : spec.of(t, lang)))) : 1;
  }

  /** A short word nothing knows, typed in lower case ("tbh", "ish", "wich"): chat shorthand or a typo, not a name ("NIST"). */
  private isNoise(term: string, lang: Lang, capitals: ReadonlySet<string>): boolean {
    if (!/^[a-z]{1,4}$/.test(term) || capitals.has(term.toUpperCase())) return false;
    return !this.knows(term, lang);
  }
}

/**
 * Analysed words written with a capital and then lower case, not opening a sentence ("what's Bret Jordan's e-mail"), and
 * acronyms in capitals wherever they stand ("l'ACSC").
 */
function titledWords(text: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;)'’"]\s+)\p{Lu}\p{Ll}+/gu)) for (const t of analyze(m[0], lang)) out.add(t);
  // An acronym in capitals anywhere ("l'ACSC", "ACSC meetings"): a name as much as a capitalised word inside a sentence.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu)) for (const t of analyze(m[0], lang)) out.add(t);
  return out;
}

/**
 * The documents' purpose noun read for a purpose asked in everyday words ("what is the JCG supposed to do?", "its main
 * tasks") weighs as a side remark: it ranks first the clauses that state a purpose, and a clause that states none (a
 * list of "Tâches") can still answer.
 */
function purposeAsSideRemark(groups: TermGroup[], lang: Lang): void {
  const noun = analyzeQuery(PURPOSE_NOUN[lang], lang)[0]?.term;
  for (const group of groups) if (group.original.length === 1 && group.original[0] === noun) group.importance = SIDE_REMARK;
}
