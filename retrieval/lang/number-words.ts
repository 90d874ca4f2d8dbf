/**
 * Numbers written in words: a run of number words ("vingt et un",
 * "treinta y cinco", "two hundred and five") is cut into the compounds a
 * language writes, and each is read as one number. A word joins the
 * compound before it only where numbers are written that way: units after
 * tens ("twenty-one"), teens after French sixty and eighty ("soixante et
 * onze", "quatre-vingt-dix"), anything after hundreds and thousands;
 * "deux et trois" stays two numbers. Words that are pronouns or articles
 * too ("one", "un", "uno") count only inside a compound.
 */
import type { Lang } from '../types.ts';
import { TABLES } from './index.ts';

/** A number word of a run: its value, where it stands, and whether a joiner ("et", "y", "and") comes before it. */
export interface NumberWord {
  value: number;
  start: number;
  end: number;
  joined: boolean;
  /** A pronoun or article when alone ("one", "un"). */
  unit: boolean;
}

/** A compound being read: the thousands already complete and the group below a thousand. */
interface Reading {
  total: number;
  group: number;
}

const vocabularies = new Map<Lang, Map<string, { value: number; unit: boolean }>>();

function vocabulary(lang: Lang): Map<string, { value: number; unit: boolean }> {
  let found = vocabularies.get(lang);
  if (!found) {
    const t = TABLES[lang];
    found = new Map(Object.entries(t.numbers).map(([w, value]) => [w, { value, unit: false }]));
    for (const [w, value] of Object.entries(t.compoundUnits)) found.set(w, { value, unit: true });
    vocabularies.set(lang, found);
  }
  return found;
}

const forms = new Map<Lang, Record<string, number>>();

/** Every number word of a language, units included, with its value (built once: patterns are made from it). */
export function numberWordForms(lang: Lang): Record<string, number> {
  let found = forms.get(lang);
  if (!found) forms.set(lang, (found = { ...TABLES[lang].numbers, ...TABLES[lang].compoundUnits }));
  return found;
}

/** The number words of a run of text (offsets from `offset`); undefined when a word is not a number word. */
export function runWords(run: string, offset: number, lang: Lang): NumberWord[] | undefined {
  const vocab = vocabulary(lang);
  const joiners = new Set(TABLES[lang].conjunctions);
  const out: NumberWord[] = [];
  let joined = false;
  for (const m of run.matchAll(/[a-z]+/g)) {
    if (joiners.has(m[0]) && out.length) {
      joined = true;
      continue;
    }
    // "quatre-vingts", "deux cents": a plural s the table does not list.
    const known = vocab.get(m[0]) ?? vocab.get(m[0].replace(/s$/, ''));
    if (!known) return undefined;
    out.push({ ...known, start: offset + m.index!, end: offset + m.index! + m[0].length, joined });
    joined = false;
  }
  return out;
}

/** The reading once `w` is added, or undefined when `w` cannot continue this compound. */
function step(r: Reading, w: NumberWord): Reading | undefined {
  const v = w.value;
  const units = r.group % 100;
  if (v >= 1000) return !w.joined && r.group > 0 ? { total: r.total + r.group * v, group: 0 } : undefined;
  if (v === 100 && !w.joined && units >= 1 && units <= 9 && r.group < 100) return { total: r.total, group: units * 100 };
  if (v >= 100) return r.group === 0 ? { total: r.total, group: v } : undefined;
  // French "quatre-vingt(s)": four twenties.
  if (v === 20 && !w.joined && units === 4) return { total: r.total, group: r.group - units + 80 };
  const fits =
    units === 0 ||
    (units >= 20 && units % 10 === 0 && v <= 9) ||
    ((units === 60 || units === 80) && v >= 10 && v <= 19) ||
    (units === 10 && v >= 7 && v <= 9 && !w.joined);
  return fits ? { total: r.total, group: r.group + v } : undefined;
}

/** A compound of a run: its value, where it stands, and whether it is only a "one" / "un" (a number only before a scale word). */
export interface Compound {
  value: number;
  start: number;
  end: number;
  unitOnly: boolean;
}

/** A run cut into its compounds, each with its value. */
export function compounds(words: NumberWord[]): Compound[] {
  const out: Compound[] = [];
  let parts: NumberWord[] = [];
  let reading: Reading = { total: 0, group: 0 };
  const close = () => {
    const unitOnly = parts.every((p) => p.unit);
    out.push({ value: reading.total + reading.group, start: parts[0].start, end: parts.at(-1)!.end, unitOnly });
  };
  for (const w of words) {
    const next = parts.length ? step(reading, w) : undefined;
    if (next) {
      reading = next;
      parts.push(w);
      continue;
    }
    if (parts.length) close();
    parts = [w];
    reading = w.value >= 1000 ? { total: w.value, group: 0 } : { total: 0, group: w.value };
  }
  if (parts.length) close();
  return out;
}

/** Value of a number word or compound ("vingt-six", "quatre-vingt-dix", "twenty-one"); undefined unless it is one number. */
export function wordValue(word: string, lang: Lang): number | undefined {
  const words = runWords(word, 0, lang);
  const found = words?.length ? compounds(words) : [];
  const whole = found.length === 1 && !found[0].unitOnly && found[0].start === 0 && found[0].end === word.trimEnd().length;
  return whole ? found[0].value : undefined;
}

const ordinalTables = new Map<Lang, Record<string, number>>();

/**
 * Ordinal words with their values: the language's table ("troisieme", "fifth", "decimo") and the
 * ordinals made from its cardinals, which end a compound ("dix-septieme", "vingt et unieme",
 * "seventeenth", "twenty-first"): French drops a final e and adds -ieme, English adds -th (-ieth
 * after y). Spanish ordinals are in its table ("decimoseptimo", "vigesimo").
 */
export function ordinalForms(lang: Lang): Record<string, number> {
  let found = ordinalTables.get(lang);
  if (found) return found;
  const made: Record<string, number> = {};
  for (const [word, value] of Object.entries({ ...TABLES[lang].numbers, ...TABLES[lang].compoundUnits })) {
    if (word.includes(' ')) continue;
    if (lang === 'fr') {
      const stem = word === 'cinq' ? 'cinqu' : word === 'neuf' ? 'neuv' : word.replace(/e$/, '').replace(/s$/, '');
      made[`${stem}ieme`] = value;
    } else if (lang === 'en') {
      made[word.endsWith('y') ? `${word.slice(0, -1)}ieth` : `${word}th`] = value;
    }
  }
  ordinalTables.set(lang, (found = { ...made, ...TABLES[lang].ordinals }));
  return found;
}

export interface OrdinalWord {
  start: number;
  end: number;
  value: number;
  /** The ordinal word alone, with no cardinal before it ("troisieme", not "vingt-troisieme"). */
  bare: boolean;
  /** The ordinal word itself, as written in the folded text. */
  word: string;
}

/** By language: the ordinal words with the cardinals they may open with, and the ordinal words alone (to skip a text with none). */
const ordinalPatterns = new Map<Lang, { whole: RegExp; any: RegExp }>();

/**
 * The ordinal words of a folded text, each with the cardinals its compound opens with, joined by a hyphen or by
 * "et" / "and" / "y" ("dix-septieme", "vingt et unieme", "twenty-first"). A cardinal before it with only a space is
 * a count of them: "deux premieres" is two first ones, not a third. Questions and the verifier read ordinals here.
 */
export function ordinalWords(folded: string, lang: Lang): OrdinalWord[] {
  let patterns = ordinalPatterns.get(lang);
  if (!patterns) {
    const alternation = (t: Record<string, number>) =>
      Object.keys(t)
        .sort((a, b) => b.length - a.length)
        .join('|');
    const and = TABLES[lang].conjunctions.join('|');
    const cardinals = `(?:(?:${alternation(numberWordForms(lang))})s?(?:-(?:(?:${and})-)?|\\s(?:${and})\\s))*`;
    const ordinals = alternation(ordinalForms(lang));
    patterns = { whole: new RegExp(`\\b(${cardinals})(${ordinals})s?\\b`, 'g'), any: new RegExp(`\\b(?:${ordinals})s?\\b`) };
    ordinalPatterns.set(lang, patterns);
  }
  // Most texts have no ordinal word: the whole pattern tries its cardinals at every word.
  if (!patterns.any.test(folded)) return [];
  const table = ordinalForms(lang);
  return [...folded.matchAll(patterns.whole)].map((m) => {
    const head = m[1] ? compounds(runWords(m[1], 0, lang) ?? []).at(-1) : undefined;
    const start = m.index!;
    return { start, end: start + m[0].length, value: (head?.value ?? 0) + table[m[2]], bare: !m[1], word: m[2] };
  });
}

/** "The number of non-geostationary satellites in operation exceeded 11 400": the number counts what comes before it. */
export const NUMBER_OF = /(?:the (?:total )?number of\s+|le nombre (?:total )?d(?:e\s+|')|el n[uú]mero (?:total )?de\s+)([^.;:]{3,160})$/;
/** How far before a number "the number of …" may begin: "… brought to the attention of the Bureau rose from 212 …". */
export const NUMBER_OF_REACH = 200;

/** "Per cent" in every language, its space optional ("pourcent"), for patterns: a share's sign written out. */
export const PERCENT_WORDS = Object.values(TABLES).flatMap((t) => t.percentWords.map((w) => w.replace(/ /g, '\\s?')));
