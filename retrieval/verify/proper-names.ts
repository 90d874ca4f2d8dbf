/**
 * Proper names the corpus writes as names ("MyWorkspace", "MyMeetings", "TIES", "HerCyberTracks"): a product, a
 * service or a programme a sentence names must be one its cited clause names. The entity table (data/entities.json)
 * knows bodies in every language and their acronyms ("TSAG" = "GCNT"); these are the names it does not list, held to
 * their spelling, as the corpus writes them.
 */
import { isFunctionWord } from '../query/function-words.ts';
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';
import { isEntityAcronym } from './names.ts';

// "MyWorkspace", "HerCyberTracks" (capitals inside a word), "TIES", "OEWG" (four capitals or more: a three-letter one
// is as often the short form of words the clause writes out, "ODD" for "Objectifs de développement durable", and is
// held to the clause written or spelled out, below).
const NAME = /(?<![\p{L}\p{N}-])(?:\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]+)+|\p{Lu}{4,})(?![\p{L}\p{N}-])/gu;
/** A three-capital acronym ("IFP", "ODD", "OEA"). */
const ACRONYM = /(?<![\p{L}\p{N}-])\p{Lu}{3}(?![\p{L}\p{N}-])/gu;
/** Words an acronym skips ("Objectifs de développement durable" is ODD). */
const LINKING = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'of', 'the', 'and', 'for', 'on', 'y', 'del', 'el']);
/** The ITU and its sectors frame every document: naming them is no claim. */
const FRAME = new Set(['ITU', 'UIT']);

const corpusNames = new WeakMap<object, Set<string>>();

function namesOf(text: string): string[] {
  return [...text.matchAll(NAME)].map((m) => m[0]);
}

function acronymsOf(text: string): string[] {
  return [...text.matchAll(ACRONYM)].map((m) => m[0]);
}

/** The names of the corpus, read once per set of clause texts. */
function known(clauseTexts: Iterable<string>): Set<string> {
  let set = corpusNames.get(clauseTexts as object);
  if (!set) {
    set = new Set([...clauseTexts].flatMap((t) => [...namesOf(t), ...acronymsOf(t)]));
    corpusNames.set(clauseTexts as object, set);
  }
  return set;
}

/**
 * The corpus's names a sentence gives that none of its cited clauses gives: by name, in full as the corpus defines it
 * ("Baltic Digital Trust Institute (BDTI)" anywhere in the corpus: a clause that writes the institute out names BDTI),
 * by its initials, or another way `holds` knows (the glossary's "ICTs" for "TIC").
 */
export function missingNames(
  text: string,
  cited: Array<{ text: string }>,
  clauseTexts: Iterable<string>,
  holds: (name: string) => boolean = () => false,
): string[] {
  const [names, acronyms] = [namesOf(text), acronymsOf(text)];
  if (!names.length && !acronyms.length) return [];
  const corpus = known(clauseTexts);
  const defined = definitions(clauseTexts);
  const folded = fold(cited.map((c) => c.text).join('\n'));
  const words = ` ${folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  const inFull = (n: string) => (defined.get(n) ?? []).some((long) => words.includes(` ${long} `));
  const absent = (n: string) =>
    corpus.has(n) && !FRAME.has(n) && !isEntityAcronym(n) && !folded.includes(fold(n)) && !inFull(n) && !holds(n);
  const missing = [...names.filter(absent), ...acronyms.filter((a) => absent(a) && !spelledOut(a, folded))];
  return [...new Set(missing)].map((n) => `"${n}" is not in the cited clause`);
}

const writtenOutCache = new WeakMap<object, Map<string, string[]>>();

/** The acronyms the corpus defines that a text writes out in full ("l'Organisation maritime internationale": OMI). */
export function acronymsWrittenOut(text: string, clauseTexts: Iterable<string>): string[] {
  let cache = writtenOutCache.get(clauseTexts as object);
  if (!cache) writtenOutCache.set(clauseTexts as object, (cache = new Map()));
  let found = cache.get(text);
  if (!found) {
    const words = ` ${fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
    found = [...definitions(clauseTexts)].filter(([, longs]) => longs.some((long) => words.includes(` ${long} `))).map(([a]) => a);
    cache.set(text, found);
  }
  return found;
}

const corpusDefinitions = new WeakMap<object, Map<string, string[]>>();
/** An acronym in parentheses after the words it abbreviates: "… Trust Institute (BDTI)", "(ISCT-NTNS)", "(ICTs)". */
const DEFINED = /\(([\p{Lu}][\p{Lu}\p{N}-]{1,14})s?\)/gu;

/** Acronym → the folded long forms the corpus defines it by (the words before it whose initials spell it). */
function definitions(clauseTexts: Iterable<string>): Map<string, string[]> {
  let map = corpusDefinitions.get(clauseTexts as object);
  if (map) return map;
  map = new Map();
  for (const text of clauseTexts) {
    for (const m of text.matchAll(DEFINED)) {
      const letters = fold(m[1]).replace(/[^a-z0-9]/g, '');
      const words = fold(text.slice(Math.max(0, m.index - 160), m.index))
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      for (let start = words.length - 1; start >= Math.max(0, words.length - 16); start -= 1) {
        const initials = initialsOf(words.slice(start));
        if (initials.length > letters.length) break;
        if (initials !== letters || LINKING.has(words[start])) continue;
        map.set(m[1], [...(map.get(m[1]) ?? []), words.slice(start).join(' ')]);
        break;
      }
    }
  }
  corpusDefinitions.set(clauseTexts as object, map);
  return map;
}

/** The initials of folded words, linking words skipped ("objectifs de développement durable" → "odd"). */
function initialsOf(words: string[]): string {
  return words
    .filter((w) => w && !LINKING.has(w))
    .map((w) => w[0])
    .join('');
}

/** Whether the folded text holds words whose initials spell the acronym, linking words skipped. */
function spelledOut(acronym: string, folded: string): boolean {
  return initialsOf(folded.split(/[^\p{L}\p{N}]+/u)).includes(fold(acronym));
}

/**
 * A body named the French or Spanish way, an institution's noun and its adjectives ("l'Organisation maritime
 * internationale", "el Comité consultivo"): the cited clauses, in the sentence's language, must hold those words;
 * another body of the same kind ("le Comité international de protection des câbles") is not it. A participle, an
 * adverb or a function word after the noun ("l'Assemblée réunie à", "le Conseil lors de", "l'Union avait") ends the name.
 */
const INSTITUTIONS: Record<string, string> = {
  fr:
    'Organisation|Organe|Comité|Agence|Union|Commission|Conseil|Fonds|Programme|Bureau|Groupe|Forum|Institut|Office|' +
    'Fédération|Association|Alliance|Centre|Académie|Banque|Sommet|Initiative|Partenariat|Réseau|Assemblée|Conférence',
  es:
    'Organización|Órgano|Comité|Agencia|Unión|Comisión|Consejo|Fondo|Programa|Oficina|Grupo|Foro|Instituto|Federación|' +
    'Asociación|Alianza|Centro|Academia|Banco|Cumbre|Iniciativa|Red|Asamblea|Conferencia',
};
const NOT_ADJECTIVE = new RegExp(
  '(?:é|ée|és|ées|ie|ies|ado|ada|ados|adas|ido|ida|idos|idas|ment|mente)$' +
    '|^(?:lors|puis|ainsi|aussi|encore|toujours|déjà|durante|luego|también|todavía|ya)$',
  'u',
);
const titled = new Map<string, RegExp>();

export function missingTitledNames(text: string, lang: Lang, cited: Array<{ text: string; lang: string }>): string[] {
  const heads = INSTITUTIONS[lang];
  if (!heads || cited.some((c) => c.lang !== lang)) return [];
  let re = titled.get(lang);
  if (!re) titled.set(lang, (re = new RegExp(String.raw`(?<![\p{L}])(${heads})((?:\s+\p{Ll}{4,}){1,3})`, 'gu')));
  const folded = ` ${fold(cited.map((c) => c.text).join('\n')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const adjectives = m[2].trim().split(/\s+/);
    const end = adjectives.findIndex((w) => NOT_ADJECTIVE.test(w) || isFunctionWord(fold(w), lang));
    const name = [m[1], ...adjectives.slice(0, end < 0 ? undefined : end)];
    if (name.length > 1 && name.some((w) => !folded.includes(` ${fold(w)} `))) out.push(`"${name.join(' ')}" is not in the cited clause`);
  }
  return out;
}
