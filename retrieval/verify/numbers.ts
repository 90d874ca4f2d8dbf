/**
 * Numbers as written in EN/FR/ES answers and clauses: digits with their
 * thousands separators ("170 000", "170,000"), decimals ("13.5", "2,5"),
 * scale words ("50 bn", "50 milliards"), number words ("vingt-six",
 * "twenty-six", "veintiséis", read as compounds in lang/number-words.ts) and
 * ordinals ("fourth", "quatrième", "1er").
 */
import type { Lang } from '../types.ts';
import { durationWords } from '../lang/durations.ts';
import { TABLES } from '../lang/index.ts';
import type { Fact, Prepared } from './fact.ts';
import { mask } from './fact.ts';
import { compounds, numberWordForms, ordinalWords, runWords } from '../lang/number-words.ts';

export { wordValue } from '../lang/number-words.ts';

/** A number, or one with its scale glued on ("170k", "2.5bn"), which scaleAfter reads. */
const DIGITS = /(?<![\w.,/:])(\d{1,3}(?:[ ,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)(?!(?!(?:k|bn)\b)[\w/:]|[.,]\d)/g;
const ORDINAL_DIGITS = /(?<![\w.])(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ere)\b/g;

const alternations = new Map<Record<string, number>, string>();
const compiled = new Map<string, RegExp>();

function words(table: Record<string, number>): string {
  let alt = alternations.get(table);
  if (!alt)
    alternations.set(
      table,
      (alt = Object.keys(table)
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/ /g, '\\s+'))
        .join('|')),
    );
  return alt;
}

/** A regular expression built once per source (they are made from the language tables). */
export function cachedRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags)));
  re.lastIndex = 0;
  return re;
}

function parseDigits(text: string, lang: Lang): number {
  if (/^\d{1,3}(?:[ ,]\d{3})+$/.test(text)) return Number(text.replace(/[ ,]/g, ''));
  // French and Spanish group thousands with a dot too ("50.000 millones"); English only in a number with two groups or more.
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text) && (lang !== 'en' || /\..*\./.test(text))) return Number(text.replace(/\./g, ''));
  return Number(text.replace(',', '.'));
}

function scaleAfter(p: Prepared, end: number, lang: Lang): { scale: number; end: number } {
  const scales = TABLES[lang].scales;
  const m = cachedRegExp(String.raw`^\s*(${words(scales)})\b`).exec(p.masked.slice(end, end + 16));
  if (!m) return { scale: 1, end };
  return { scale: scales[m[1].replace(/\s+/g, ' ')] ?? 1, end: end + m[0].length };
}

/** What follows a number up to the next punctuation: the thing it counts. */
function after(p: Prepared, end: number): string {
  return p.text
    .slice(end, end + 60)
    .split(/[,.;:()[\]"]/)[0]
    .trim();
}

/** "Four in five", "quatre sur cinq", "cuatro de cada cinco": a share, the percentage a clause may give instead. */
const RATIO_JOIN = /^\s+(?:in|out of|sur|de cada)\s+$/;

function ratiosAsShares(p: Prepared, facts: Fact[], lang: Lang): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < facts.length; i += 1) {
    const [a, b] = [facts[i], facts[i + 1]];
    const ratio = b && a.value! < b.value! && b.value! <= 100 && RATIO_JOIN.test(p.text.slice(a.end, b.start));
    if (!ratio) {
      out.push(a);
      continue;
    }
    const value = Math.round((a.value! / b.value!) * 100);
    const surface = p.text.slice(a.start, b.end);
    // A share counts in per cent, as the clause's "80 per cent of them" does.
    const share = `${TABLES[lang].percentWords[0]} ${b.after ?? ''}`.trim();
    out.push({ kind: 'number', key: `num:${value}`, start: a.start, end: b.end, surface, value, after: share });
    i += 1;
  }
  return out;
}

/** Cardinal numbers, in digits or words, with what they count; a ratio as the share it gives. */
export function extractNumbers(p: Prepared, lang: Lang, into: Fact[]): void {
  const out: Fact[] = [];
  for (const m of [...p.masked.matchAll(DIGITS)]) {
    const start = m.index!;
    const { scale, end } = scaleAfter(p, start + m[0].length, lang);
    // "The 2026–27 budget": the second year of a range written short is that century's.
    const century = /^\d{2}$/.test(m[0]) ? /\b(\d{2})\d{2}\s*[-–]\s*$/.exec(p.text.slice(Math.max(0, start - 8), start))?.[1] : undefined;
    const unit = prefixedUnit(p, end);
    const value = century ? Number(century + m[0]) : Math.round(parseDigits(m[1], lang) * scale * (unit?.factor ?? 1) * 1e6) / 1e6;
    if (!Number.isFinite(value)) continue;
    const surface = p.text.slice(start, end);
    const measure = unit ? { unit: unit.name } : {};
    out.push({ kind: 'number', key: `num:${value}`, start, end, surface, value, after: after(p, end), ...measure });
    mask(p, start, end);
  }
  maskPercentWords(p, lang);
  const word = String.raw`(?:${words(numberWordForms(lang))})s?`;
  const joiner = String.raw`(?:(?:${TABLES[lang].conjunctions.join('|')})[-\s])`;
  const runRe = cachedRegExp(String.raw`\b(${word}(?:[-\s]${joiner}?${word})*)\b`, 'g');
  for (const m of [...p.masked.matchAll(runRe)]) {
    for (const c of compounds(runWords(m[1], m.index!, lang) ?? [])) {
      const { scale, end } = scaleAfter(p, c.end, lang);
      // "one", "un", "uno" alone are pronouns or articles; before a scale word ("un million") or a unit of time
      // ("une semaine", "un mois") they are numbers.
      if (c.unitOnly && scale === 1 && !beforeDuration(p, c.end, lang)) continue;
      const value = c.value * scale;
      const surface = p.text.slice(c.start, end);
      out.push({ kind: 'number', key: `num:${value}`, start: c.start, end, surface, value, after: after(p, end) });
      mask(p, c.start, end);
    }
  }
  into.push(...ratiosAsShares(p, out.sort((x, y) => x.start - y.start), lang));
}

/** Multiples of a unit, of itself or of a range it ends ("3.8 GHz", "3 800-4 200 MHz"): 3 800 000 000 Hz either way. */
const PREFIXED_UNIT = /^\s*(?:[-–]\s*\d[\d ,.]*\s*)?([kmgt])(hz|bit\/s|bps)\b/;
const PREFIXES: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

function prefixedUnit(p: Prepared, end: number): { factor: number; name: string; end: number } | undefined {
  const m = PREFIXED_UNIT.exec(p.masked.slice(end, end + 24));
  return m ? { factor: PREFIXES[m[1]], name: m[2], end: end + m[0].length } : undefined;
}

function beforeDuration(p: Prepared, end: number, lang: Lang): boolean {
  const next = /^[\s-]+([a-z]+)/.exec(p.masked.slice(end, end + 24))?.[1];
  return next !== undefined && durationWords(lang).includes(next);
}

/** "Per cent" written out ("85 pour cent") is the number's sign: "cent" there is not a hundred. */
function maskPercentWords(p: Prepared, lang: Lang): void {
  const phrases = TABLES[lang].percentWords.map((w) => w.replace(/ /g, '\\s+'));
  for (const m of [...p.masked.matchAll(cachedRegExp(String.raw`\b(?:${phrases.join('|')})\b`, 'g'))]) {
    mask(p, m.index!, m.index! + m[0].length);
  }
}

/** Ordinals: "fourth", "quatrième", "1er", "2nd"; "premier plan" (leading) is not one. */
export function extractOrdinals(p: Prepared, lang: Lang, out: Fact[]): void {
  for (const m of [...p.masked.matchAll(ORDINAL_DIGITS)]) {
    const value = Number(m[1]);
    const end = m.index! + m[0].length;
    out.push({ kind: 'ordinal', key: `ord:${value}`, start: m.index!, end, surface: m[0], value, after: after(p, end) });
    mask(p, m.index!, m.index! + m[0].length);
  }
  // An ordinal word, after the cardinals of its compound: "dix-septieme", "vingt et unieme", "twenty-first", "seventeenth".
  for (const o of ordinalWords(p.masked, lang)) {
    if (/^\s+plan\b/.test(p.masked.slice(o.end))) continue;
    // "Secondé par Mme X" (assisted by), folded to "seconde par": a participle before its agent, no ordinal.
    if (/^s?\s+(?:par|by|por)\b/.test(p.masked.slice(o.end))) continue;
    // "unieme" counts only at the end of a compound ("vingt et unieme").
    if (o.bare && o.value === 1 && !(o.word in TABLES[lang].ordinals)) continue;
    const surface = p.masked.slice(o.start, o.end);
    out.push({ kind: 'ordinal', key: `ord:${o.value}`, start: o.start, end: o.end, surface, value: o.value, after: after(p, o.end) });
    mask(p, o.start, o.end);
  }
}
