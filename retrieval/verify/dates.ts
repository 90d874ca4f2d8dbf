/**
 * Dates and times in EN/FR/ES: "17 September 2025", "17 Sept. 2025",
 * "le 1er mars 2021", "26 y 27 de marzo de 2025", "September 17, 2025",
 * "23/04/2020", ranges ("du 15 au 25 septembre", "26–30 May"), month and
 * year ("Sept. 2024"), times ("13:00", "13 heures", "1 p.m.").
 */
import type { Lang } from '../types.ts';
import { TABLES } from '../lang/index.ts';
import type { Fact, Prepared } from './fact.ts';
import { mask } from './fact.ts';
import { cachedRegExp } from './numbers.ts';

const RANGE = String.raw`\s*(?:-|to|au|al|a|and|et|y|&|through|until)\s*`;
const DAY = String.raw`(?<!\d)(\d{1,2})(?:er|re|st|nd|rd|th|e)?`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
// "the 17th of September": "of" joins a day to its month only after an ordinal ending, not after a bare number ("3 of May").
const OF_AFTER_ORDINAL = String.raw`(?<=\d(?:st|nd|rd|th)\s+)of\s+`;

const monthTables = new Map<Lang, { re: string; table: Record<string, number> }>();

function monthAlternation(lang: Lang): { re: string; table: Record<string, number> } {
  let found = monthTables.get(lang);
  if (!found) {
    const table = { ...TABLES.en.months, ...TABLES[lang].months };
    monthTables.set(
      lang,
      (found = {
        re: Object.keys(table)
          .sort((a, b) => b.length - a.length)
          .join('|'),
        table,
      }),
    );
  }
  return found;
}

function dateFact(p: Prepared, start: number, end: number, date: { d?: number; m?: number; y?: number }): Fact {
  const key = `date:${date.d ?? ''}.${date.m ?? ''}.${date.y ?? ''}`;
  return { kind: 'date', key, start, end, surface: p.text.slice(start, end), date };
}

function push(p: Prepared, out: Fact[], facts: Fact[], start: number, end: number): void {
  out.push(...facts);
  mask(p, start, end);
}

/** Days with a month: "17 September 2025", "15 au 25 septembre 2025", "September 17, 2025", "23/04/2020". */
export function extractDates(p: Prepared, lang: Lang, out: Fact[]): void {
  const { re: MONTH, table } = monthAlternation(lang);
  const dmy = cachedRegExp(
    String.raw`\b(?:${DAY}${RANGE})?${DAY}\s+(?:de\s+|${OF_AFTER_ORDINAL})?(${MONTH})\b\.?(?:\s*,?\s*(?:de\s+|del\s+|of\s+)?${YEAR})?`,
    'g',
  );
  for (const m of [...p.masked.matchAll(dmy)]) {
    const month = table[m[3]];
    const y = m[4] ? Number(m[4]) : undefined;
    if (Number(m[2]) > 31 || Number(m[2]) < 1) continue;
    const end = m.index! + m[0].length;
    const facts = [dateFact(p, m.index!, end, { d: Number(m[2]), m: month, y })];
    if (m[1]) facts.push(dateFact(p, m.index!, end, { d: Number(m[1]), m: month, y }));
    push(p, out, facts, m.index!, end);
  }
  const mdy = cachedRegExp(
    String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:${RANGE}(\d{1,2})(?!\d)(?:st|nd|rd|th)?)?(?:,?\s+${YEAR})?`,
    'g',
  );
  for (const m of [...p.masked.matchAll(mdy)]) {
    const month = table[m[1]];
    const y = m[4] ? Number(m[4]) : undefined;
    if (y === undefined && TABLES.en.ambiguousMonths.includes(m[1])) continue;
    const end = m.index! + m[0].length;
    const facts = [dateFact(p, m.index!, end, { d: Number(m[2]), m: month, y })];
    if (m[3]) facts.push(dateFact(p, m.index!, end, { d: Number(m[3]), m: month, y }));
    push(p, out, facts, m.index!, end);
  }
  const numeric = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g;
  for (const m of [...p.masked.matchAll(numeric)]) {
    let [d, mo, y] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[6]), Number(m[5]), Number(m[4])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    push(p, out, [dateFact(p, m.index!, m.index! + m[0].length, { d, m: mo, y })], m.index!, m.index! + m[0].length);
  }
  // "05/2016": a month and a year in digits (not "1.2016", a version or a decimal; a full stop may end the sentence).
  for (const m of [...p.masked.matchAll(/(?<![\d/.])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\d/]|\.\d)/g)]) {
    const end = m.index! + m[0].length;
    push(p, out, [dateFact(p, m.index!, end, { m: Number(m[1]), y: Number(m[2]) })], m.index!, end);
  }
  const my = cachedRegExp(String.raw`\b(${MONTH})\b\.?\s*,?\s*(?:de\s+|of\s+)?${YEAR}`, 'g');
  for (const m of [...p.masked.matchAll(my)]) {
    const end = m.index! + m[0].length;
    push(p, out, [dateFact(p, m.index!, end, { m: table[m[1]], y: Number(m[2]) })], m.index!, end);
  }
  const ambiguous = new Set([...TABLES.en.ambiguousMonths, ...TABLES[lang].ambiguousMonths]);
  const alone = cachedRegExp(String.raw`\b(${MONTH})\b`, 'g');
  for (const m of [...p.masked.matchAll(alone)]) {
    if (ambiguous.has(m[1]) || m[1].length < 4) continue;
    const end = m.index! + m[0].length;
    out.push({ kind: 'month', key: `month:${table[m[1]]}`, start: m.index!, end, surface: m[0], date: { m: table[m[1]] } });
    mask(p, m.index!, end);
  }
}

// "from 1200 to 1400 hours": each four-digit time before "hours", the first of a range too ("2000 hours of work" is none).
const FOUR_DIGIT_TIMES = new RegExp(
  String.raw`(?<![\d.])([01]\d|2[0-4])([0-5]\d)(?=(?:\s*(?:à|-|–|to|a|hasta|and|et|y)\s*(?:[01]\d|2[0-4])[0-5]\d)?` +
    String.raw`\s*(?:hours|heures|horas|hrs)\b(?!\s+(?:of|de)\b))`,
  'g',
);

// "opens at 0930", "de 0830 à 1700": four digits with a leading zero after a word that sets a time are a time without
// "hours" (a count or a year has no leading zero; a document number, "TD 0412", has no such word before it).
const LEADING_ZERO_TIME = /(?<=\b(?:at|from|to|until|by|and|à|a|de|jusqu'à|las|hasta|et|y)\s)(0\d)([0-5]\d)(?![\d.,/:])/g;

/** Times of day: "13:00", "13h00", "13 heures", "1 p.m.", "13 horas", "1400 hours", "at 0930". */
export function extractTimes(p: Prepared, out: Fact[]): void {
  const patterns = [
    LEADING_ZERO_TIME,
    /(?<![\d.])(\d{1,2})\s?[:h]\s?(\d{2})(?!\d)(\s?[ap]\.?\s?m\b\.?)?/g,
    /(?<![\d.])(\d{1,2})()\s?(?:heures?|horas?|h)\b()/g,
    /(?<![\d.])(\d{1,2})()\s?([ap]\.?\s?m\b\.?)/g,
  ];
  for (const re of [FOUR_DIGIT_TIMES, ...patterns]) {
    for (const m of [...p.masked.matchAll(re)]) {
      let hour = Number(m[1]);
      const pm = m[3] ? m[3].trim().startsWith('p') : false;
      if (pm && hour < 12) hour += 12;
      if (m[3] && !pm && hour === 12) hour = 0;
      if (hour > 24) continue;
      const end = m.index! + m[0].length;
      out.push({ kind: 'time', key: `time:${hour}:${m[2] || '00'}`, start: m.index!, end, surface: m[0] });
      mask(p, m.index!, end);
    }
  }
}

/** Years on their own ("in 2022", "2024-2025", and "20202025" where revision marks were flattened). */
export function extractYears(p: Prepared, out: Fact[]): void {
  for (const m of [...p.masked.matchAll(/(?<![\d.,/])((?:19|20)\d{2})((?:19|20)\d{2})?(?![\d/]|[.,]\d)/g)]) {
    const end = m.index! + m[0].length;
    for (const y of [m[1], m[2]].filter(Boolean)) {
      out.push({ kind: 'year', key: `year:${y}`, start: m.index!, end, surface: m[0], date: { y: Number(y) } });
    }
    mask(p, m.index!, end);
  }
}
