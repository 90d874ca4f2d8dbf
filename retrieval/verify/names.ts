/**
 * Named things: bodies, officials and organisations (data/entities.json),
 * places (data/places.json, every country's names, and the cities of the
 * time zone database in data/cities.json) and people ("M. Bret Jordan", "Mme Solange
 * Ghernaouti", or a name the corpus gives with a title).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { createRequire } from 'node:module';
import type { LocaleData } from 'i18n-iso-countries';
import { ALL_TABLES } from '../lang/index.ts';
import { fold, phrasePattern } from '../text.ts';
import { PhraseTable } from './phrase-table.ts';

// Read when the verifier first needs its names, not at every start (an extractive answer never does).
const requireData = createRequire(import.meta.url);
import type { Fact, Prepared } from './fact.ts';
import { mask } from './fact.ts';

interface EntityRow {
  key: string;
  acronyms: string[];
  forms: string[];
}

const DATA = join(REPO_ROOT, 'retrieval', 'verify', 'data');

interface Tables {
  forms: PhraseTable;
  formKey: Map<string, string>;
  acronyms: PhraseTable;
  acronymKey: Map<string, string>;
  /** The keys of the places that are countries, and of those that are regions of the world. */
  countries: Set<string>;
  regions: Set<string>;
  /** A word of a region's adjective ("africains", "european", "asiáticos"), to the region's key. */
  regionAdjective: RegExp;
  regionOfStem: Map<string, string>;
}

let tables: Tables | undefined;

function load(): Tables {
  const entities = (JSON.parse(readFileSync(join(DATA, 'entities.json'), 'utf8')) as { entities: EntityRow[] }).entities;
  const {
    places,
    regions = [],
    ambiguousCountries = [],
  } = JSON.parse(readFileSync(join(DATA, 'places.json'), 'utf8')) as {
    places: string[][];
    regions?: string[];
    ambiguousCountries?: string[];
  };
  const formKey = new Map<string, string>();
  const acronymKey = new Map<string, string>();
  for (const e of entities) {
    for (const f of e.forms) formKey.set(f, `entity:${e.key}`);
    for (const a of e.acronyms) acronymKey.set(a, `entity:${e.key}`);
  }
  for (const forms of places) for (const f of forms) formKey.set(f, `place:${forms[0]}`);
  const countries = new Set<string>();
  for (const forms of countryForms(new Set(ambiguousCountries))) {
    const known = forms.map((f) => formKey.get(f)).find((k) => k?.startsWith('place:'));
    for (const f of forms) if (!formKey.has(f)) formKey.set(f, known ?? `place:${forms[0]}`);
    countries.add(known ?? `place:${forms[0]}`);
  }
  const { cities } = JSON.parse(readFileSync(join(DATA, 'cities.json'), 'utf8')) as { cities: string[] };
  for (const city of cities) if (!formKey.has(city)) formKey.set(city, `place:${city}`);
  const byLength = (a: string, b: string) => b.length - a.length;
  // "Afrique" → "afri" + "cains", "Europe" → "europ" + "eens", "Asia" → "asi" + "aticos": a one-word region's stem.
  const regionOfStem = new Map<string, string>();
  for (const forms of places.filter((f) => regions.includes(f[0])))
    for (const f of forms) if (!f.includes(' ')) regionOfStem.set(f.replace(/(?:que|e|a)$/, ''), `place:${forms[0]}`);
  const stems = [...regionOfStem.keys()].sort(byLength).join('|');
  const endings = 'c?ains?|c?aines?|c?ans?|c?anos?|c?anas?|eans?|eens?|eennes?|eos?|eas?|atiques?|atic[oa]s?';
  const regionAdjective = new RegExp(`^(${stems})(?:${endings})$`);
  return {
    regionAdjective,
    regionOfStem,
    forms: new PhraseTable(formKey.keys()),
    formKey,
    acronyms: new PhraseTable(acronymKey.keys()),
    acronymKey,
    countries,
    regions: new Set(regions.map((r) => `place:${r}`)),
  };
}

/**
 * Every country's names in English, French and Spanish (i18n-iso-countries, from the Unicode CLDR), folded: a
 * country a sentence names must be one its clause names. Names that are also everyday words or people's names
 * ("Turkey", "Chad", "Jordan" as in M. Bret Jordan, "Chile", "Maurice") and short codes ("US") are left out.
 */
function countryForms(ambiguous: ReadonlySet<string>): string[][] {
  const countries = requireData('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const byCode = new Map<string, Set<string>>();
  for (const lang of ['en', 'fr', 'es'] as const) {
    countries.registerLocale(requireData(`i18n-iso-countries/langs/${lang}.json`) as LocaleData);
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const set = byCode.get(code) ?? new Set<string>();
      for (const name of names) {
        const form = fold(name).replace(/\s+/g, ' ').trim();
        if (form.length >= 4 && !/[.()]/.test(form) && !ambiguous.has(form)) set.add(form);
      }
      byCode.set(code, set);
    }
  }
  return [...byCode.values()].map((set) => [...set]).filter((forms) => forms.length);
}

/** What a place key (`place:…`) names: a country, a region of the world ("Africa") or a city. */
export function placeOf(key: string): 'country' | 'region' | 'city' {
  const t = (tables ??= load());
  return t.countries.has(key) ? 'country' : t.regions.has(key) ? 'region' : 'city';
}

/** The region of the world an adjective names ("africains" → Africa), if it names one. */
export function regionOfAdjective(word: string): string | undefined {
  const t = (tables ??= load());
  const stem = t.regionAdjective.exec(word)?.[1];
  return stem === undefined ? undefined : t.regionOfStem.get(stem);
}

/** An acronym of the entity table ("TSAG", "GCNT"): matched by what it stands for, in any language. */
export function isEntityAcronym(word: string): boolean {
  return (tables ??= load()).acronymKey.has(word);
}

/** Before a country that names a currency: "dollars des", "dólares de los", "dollars of the". */
const CURRENCY_OF = /\b(?:dollars?|dolares?)\s+(?:des|de los|of the)\s+$/;

/** Bodies, organisations and places, by their table forms (any language). */
export function extractNamed(p: Prepared, out: Fact[]): void {
  const t = (tables ??= load());
  const masked = p.masked;
  for (const { phrase, start, end } of t.forms.matches(masked)) {
    const key = t.formKey.get(phrase)!;
    // "1 300 millions de dollars des États-Unis": a currency, no place said.
    if (CURRENCY_OF.test(p.masked.slice(Math.max(0, start - 24), start))) continue;
    out.push({ kind: key.startsWith('place:') ? 'place' : 'entity', key, start, end, surface: masked.slice(start, end) });
    mask(p, start, end);
  }
  const casedMasked = [...p.cased].map((ch, i) => (p.masked[i] === ' ' ? ' ' : ch)).join('');
  for (const { phrase, start, end } of t.acronyms.matches(casedMasked)) {
    out.push({ kind: 'entity', key: t.acronymKey.get(phrase)!, start, end, surface: casedMasked.slice(start, end) });
    mask(p, start, end);
  }
}

const TITLES = [...new Set(ALL_TABLES.flatMap((l) => l.titles))];
const CAP = String.raw`[A-Z][a-zA-Z'-]+`;
const TITLED = new RegExp(String.raw`\b(?:${TITLES.map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\.?\s+((?:${CAP}\s?){1,4})`, 'g');

const ROLE_WORDS = new Set(ALL_TABLES.flatMap((l) => Object.values(l.roles).flat()));
const NOT_NAMES = new Set([
  'president',
  'presidente',
  'director',
  'directeur',
  'directora',
  'chair',
  'secretary',
  'secretaire',
  'vice',
  'ancien',
  'former',
]);

/** The words of a name, stopped at the first role or office word ("Ramy Ahmed Fathy Coresponsables" → "Ramy Ahmed Fathy"). */
function nameWords(raw: string): string[] {
  const out: string[] = [];
  for (const w of raw.trim().split(/\s+/)) {
    const folded = w.toLowerCase();
    if (ROLE_WORDS.has(folded) || NOT_NAMES.has(folded)) break;
    out.push(w);
  }
  return out;
}

/** People named with a title ("M. Bret Jordan", "Ms Solange Ghernaouti"): their names, as folded family names. */
export function titledNames(cased: string): string[][] {
  const out: string[][] = [];
  for (const m of cased.matchAll(TITLED)) {
    const words = nameWords(m[1]).map((w) => w.toLowerCase());
    if (words.length) out.push(words);
  }
  return out;
}

/**
 * People: a title followed by capitalised words, or a name the corpus gives
 * with a title (`known`, folded family name → full name words).
 */
export function extractPeople(p: Prepared, known: ReadonlyMap<string, string[]>, out: Fact[]): void {
  for (const m of [...p.cased.matchAll(TITLED)]) {
    const words = nameWords(m[1]);
    if (!words.length) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    const family = words.at(-1)!.toLowerCase();
    const surface = words.join(' ').toLowerCase();
    const end = start + words.join(' ').length;
    out.push({ kind: 'person', key: `person:${family}`, start, end, surface });
    mask(p, start, end);
  }
  if (!known.size) return;
  const re = knownPattern(known);
  for (const m of [...p.masked.matchAll(re)]) {
    const family = m[1] ?? m[0].split(/\s+/).at(-1)!;
    {
      if (p.cased[m.index!] === p.text[m.index!]) continue; // names are capitalised
      out.push({ kind: 'person', key: `person:${family}`, start: m.index!, end: m.index! + m[0].length, surface: m[0] });
      mask(p, m.index!, m.index! + m[0].length);
    }
  }
}

const knownPatterns = new WeakMap<ReadonlyMap<string, string[]>, RegExp>();

/** One pattern for every known name: a full name ("bret jordan") or the family name alone. */
function knownPattern(known: ReadonlyMap<string, string[]>): RegExp {
  let re = knownPatterns.get(known);
  if (!re) {
    const full = [...known.values()].filter((w) => w.length > 1).map((w) => w.map(phrasePattern).join('\\s+'));
    const family = [...known.keys()].map(phrasePattern);
    re = new RegExp(String.raw`(?<![\w-])(?:(?:${full.join('|') || '(?!)'})|(${family.join('|')}))(?![\w-])`, 'g');
    knownPatterns.set(known, re);
  }
  re.lastIndex = 0;
  return re;
}
