/**
 * Typed facts in a clause's text: dates, times, e-mail and web addresses,
 * telephone numbers, counts with what they count, people with their role,
 * Recommendation and document numbers. Each span keeps its verbatim text
 * and position, so an answer can lead with it and quote around it.
 */
import { durationWords } from '../lang/durations.ts';
import { NUMBER_OF, NUMBER_OF_REACH } from '../lang/number-words.ts';
import { merged, type AnswerType } from '../lang/index.ts';
import { isStopWord } from '../query/analyze.ts';
import { fold, phrasePattern } from '../text.ts';

export interface Span {
  type: AnswerType;
  /** Verbatim text of the span in the clause. */
  text: string;
  start: number;
  end: number;
  /** Normalised value where there is one: { day, month, year } for dates, minutes for times, the number for counts. */
  date?: { day?: number; month: number; year?: number };
  minutes?: number[];
  count?: number;
  /** For counts, the words after the number (what it counts); for people, their role. */
  about?: string;
}

const MONTH_NUMBER = merged((t) => t.months);
const NUMBER_WORD = merged((t) => t.numbers);
/** "One", "un", "una": numbers only in a compound or before a unit of time. */
const UNIT_WORD = merged((t) => t.compoundUnits);

// Month forms are folded ("aout"): the pattern accepts them as written too ("août", "décembre").
// (Spanish too: "dos años", "un año".)
const ACCENTED: Record<string, string> = { a: '[aàâäá]', e: '[eéèêë]', i: '[iîïí]', o: '[oôöó]', u: '[uûùüú]', c: '[cç]', n: '[nñ]' };
const MONTH = [...MONTH_NUMBER.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[aeiouc]/g, (ch) => ACCENTED[ch]))
  .join('|');
const DAY = String.raw`(?:1er|\d{1,2})`;
// "du 26 au 30 mai 2025", "15-24 octobre 2024", "17 septembre 2025", "September 17, 2025", "mai 2025", "2025-09-17".
const DATE_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:(${DAY})(?:\s*(?:-|–|au|to|a|al)\s*))?(${DAY})\s+(?:de\s+)?(${MONTH})\.?(?:\s+(?:de\s+)?((?:19|20)\d\d))?\b`,
    'gi',
  ),
  new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`, 'gi'),
  new RegExp(String.raw`\b(${MONTH})\.?\s+(?:de\s+)?((?:19|20)\d\d)\b`, 'gi'),
  /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g,
];
// "de 13 heures à 14 heures", "13:00-14:00", "1 pm": a time, or a range of two.
const CLOCK = String.raw`(\d{1,2})(?:\s*(?:heures?|h|:)\s*(\d\d)?|\s*(am|pm))`;
const TIME = new RegExp(String.raw`\b(?:de\s+|from\s+|desde\s+las\s+)?${CLOCK}(?:\s*(?:à|-|–|to|a|hasta)\s*${CLOCK})?`, 'gi');
// "from 1200 to 1400 hours UTC", "de 0930 à 1230 heures": four digits and "hours", the way ITU letters write times.
const HOURS = String.raw`([01]\d|2[0-4])([0-5]\d)`;
const FOUR_DIGIT_TIME = new RegExp(
  String.raw`\b(?:from\s+|de\s+|desde\s+(?:las\s+)?)?${HOURS}(?:\s*(?:à|-|–|to|a|hasta)\s*${HOURS})?` +
    String.raw`\s*(?:hours|heures|horas|hrs)\b(?!\s+(?:of|de)\b)`,
  'gi',
);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A web address; a closing bracket ends it ("… disponible à l'adresse https://www.itu.int/md/S19-CL-C-0058/en.]"). */
const URL = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"').,;:\]]|\bwww\.[^\s<>"')\]]+[^\s<>"').,;:\]]/g;
const PHONE = /\+\d{1,3}(?:[\s.-]?\d{1,4}){2,5}/g;
const RECOMMENDATION = new RegExp(
  // ITU-T series are one letter ("Y.4702"), ITU-R series one or two ("M.2083", "SM.2161", "BT.2100").
  String.raw`\b(?:Recommandations?|Recommendations?|Recomendaci[oó]n(?:es)?|Rec\.)?\s*(?:UIT-[TR]|ITU-[TR]|UIT[‑-][TR])?\s*` +
    String.raw`([A-Z]{1,2}\.\d{1,4}(?:\.\d+)?(?:\/[A-Z]{1,2}\.\d{1,4})?)\b`,
  'g',
);
// "Document TSAG-R1", "Circulaire TSB 67", "C25/18", "JCG-IoTSec-I-Doc001".
const DOCUMENT = new RegExp(
  [
    String.raw`\b(?:Document|Doc\.|Circulaire(?: TSB)?|Circular(?: TSB)?)\s+[A-Z0-9][\w/.-]*\d[\w/-]*`,
    String.raw`\b[A-Z]{1,4}\d{2}\/\d{1,3}\b`,
    String.raw`\b[A-Z][\w-]*-I-Doc\d+\b`,
  ].join('|'),
  'g',
);
const PERSON = /\b(?:M\.|Mme|MM\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.|Sra\.)\s+((?:[A-Z][\p{L}'’-]+\s?){1,4})/gu;
// The counted words are read ahead without being consumed, so a number inside them starts its own match.
const COUNT =
  /(?<![\d.,/-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?![\d.,/-]|\s*(?:%|h\b|heures?))(?=\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+))/gu;
const NUMBER_WORD_COUNT = /(?<![\p{L}])(\p{L}+)(?=\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+))/gu;
const NUMBER_WORD_AND_DIGITS = /(?<![\p{L}])(\p{L}+)\s+\((\d{1,4})\)(?=\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+))/gu;

/** Every typed span in a text, in order of position. */
export function findSpans(text: string): Span[] {
  const spans: Span[] = [...dates(text), ...times(text), ...simple(text, EMAIL, 'email'), ...simple(text, URL, 'url')];
  spans.push(...phones(text), ...recommendations(text), ...simple(text, DOCUMENT, 'document'), ...people(text));
  spans.push(...durations(text, spans));
  spans.push(...counts(text, spans));
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

// A number after "Fax:" or "Télécopie:" is a fax number, not a telephone number.
const FAX_BEFORE = /(?:t[ée]l[ée]copie|fax|telefax)\s*[.:]?\s*$/i;

function phones(text: string): Span[] {
  return simple(text, PHONE, 'phone').map((s) =>
    FAX_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start)) ? { ...s, type: 'fax' } : s,
  );
}

function simple(text: string, re: RegExp, type: AnswerType): Span[] {
  return [...text.matchAll(re)].map((m) => ({ type, text: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length }));
}

function dates(text: string): Span[] {
  const out: Span[] = [];
  const taken = (start: number) => out.some((s) => start >= s.start && start < s.end);
  const [dayMonth, monthDay, monthYear, iso] = DATE_PATTERNS;
  for (const m of text.matchAll(dayMonth)) {
    const day = Number(m[2].replace('1er', '1'));
    if (day < 1 || day > 31) continue;
    out.push(span(m, 'date', { day, month: MONTH_NUMBER.get(fold(m[3]))!, year: m[4] ? Number(m[4]) : undefined }));
  }
  for (const m of text.matchAll(monthDay))
    if (!taken(m.index)) out.push(span(m, 'date', { day: Number(m[2]), month: MONTH_NUMBER.get(fold(m[1]))!, year: Number(m[3]) }));
  for (const m of text.matchAll(monthYear))
    if (!taken(m.index)) out.push(span(m, 'date', { month: MONTH_NUMBER.get(fold(m[1]))!, year: Number(m[2]) }));
  for (const m of text.matchAll(iso)) out.push(span(m, 'date', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  // A month word that is also a common word ("may", "mars", "sept") counts only with a day or a year.
  return out.filter((s) => s.date!.day !== undefined || s.date!.year !== undefined);
}

function span(m: RegExpMatchArray, type: AnswerType, date: Span['date']): Span {
  return { type, text: m[0], start: m.index!, end: m.index! + m[0].length, date };
}

function times(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(TIME)) {
    const toMinutes = (h: string | undefined, min: string | undefined, ampm: string | undefined) =>
      h === undefined
        ? undefined
        : ((Number(h) % 12) + (ampm?.toLowerCase() === 'pm' ? 12 : ampm ? 0 : Number(h) >= 12 ? 12 : 0)) * 60 + Number(min ?? 0);
    const from = toMinutes(m[1], m[2], m[3]);
    const to = toMinutes(m[4], m[5], m[6]);
    if (from === undefined || Number(m[1]) > 24 || (!m[2] && !m[3] && !/h|heure|:/i.test(m[0]))) continue;
    out.push({
      type: 'time',
      text: m[0].trim(),
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      minutes: to === undefined ? [from] : [from, to],
    });
  }
  for (const m of text.matchAll(FOUR_DIGIT_TIME)) {
    const minutes = [Number(m[1]) * 60 + Number(m[2]), ...(m[3] ? [Number(m[3]) * 60 + Number(m[4])] : [])];
    out.push({ type: 'time', text: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length, minutes });
  }
  return out;
}

function recommendations(text: string): Span[] {
  return [...text.matchAll(RECOMMENDATION)]
    .filter((m) => /^[A-Z]{1,2}\.\d/.test(m[1]) && /Recomm|Recom|Rec\.|UIT|ITU/i.test(m[0]))
    .map((m) => ({
      type: 'recommendation' as const,
      text: m[0].trim(),
      start: m.index + m[0].indexOf(m[0].trim()),
      end: m.index + m[0].length,
    }));
}

// "(signé) Seizo Onoe, Directeur du Bureau …": the signatory of a letter.
const SIGNATORY = /\((?:sign[ée]|signed|firmado)\)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,4})/gu;

function people(text: string): Span[] {
  return [...text.matchAll(PERSON), ...text.matchAll(SIGNATORY)].map((m) => {
    const end = m.index + m[0].trimEnd().length;
    const role = /^,\s*([^,;.]*?(?:Président|Chair|Directeur|Director|Presidente|Vice-[\p{L}]+|Coresponsable|convenor)[^,;.]*)/iu.exec(
      text.slice(end),
    );
    const name = m[0].startsWith('(') ? m[1].trim() : m[0].trim();
    const start = m.index + m[0].indexOf(name);
    return { type: 'person' as const, text: name, start, end: start + name.length, ...(role ? { about: role[1].trim() } : {}) };
  });
}

// Words before a number that make it a name, not a count: "CE 17", "Résolution 98", "Question 6/17", "§ 3".
const IDENTIFIER_WORDS = [
  'ce',
  'sg',
  'cs',
  'wp',
  'gt',
  'study groups?',
  "commissions? d'etudes?",
  'comisi[oó]n(?:es)? de estudio',
  'questions?',
  'resolutions?',
  'res',
  'mesure',
  'measure',
  'action',
  'articles?',
  'annexe?',
  'annex',
  'n',
  'no',
  'doc',
  'document',
  'circulaire',
  'circular',
  'et',
  'and',
  'y',
  'version',
  'rev',
  'phase',
  'niveau',
  'level',
];
const IDENTIFIER_BEFORE = new RegExp(String.raw`(?:\b(?:${IDENTIFIER_WORDS.join('|')})|[§¶°])\.?\s*$`, 'i');

// "12 mois", "deux (2) ans", "three years", "una duración de 18 meses": a number and a unit of time.
const DURATION_UNIT = durationWords()
  .map((u) => u.replace(/[aeioucn]/g, (ch) => ACCENTED[ch]))
  .join('|');
const DURATION = new RegExp(String.raw`(?<![\p{L}\d.,/-])(\d{1,3}|\p{L}+)(?:\s+\(\d{1,3}\))?\s+(${DURATION_UNIT})(?![\p{L}])`, 'giu');

/** Lengths of time: a number (in digits or words) and a unit, outside dates and times ("du 12 mois" is no date). */
function durations(text: string, typed: Span[]): Span[] {
  const inside = (i: number) => typed.some((s) => i >= s.start && i < s.end);
  const out: Span[] = [];
  for (const m of text.matchAll(DURATION)) {
    // "One", "un", "una" count here, where they are no article: "une durée de vie d'un an" is a year long.
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (NUMBER_WORD.get(fold(m[1])) ?? UNIT_WORD.get(fold(m[1])));
    if (n === undefined || n < 1 || inside(m.index)) continue;
    out.push({ type: 'duration', text: m[0], start: m.index, end: m.index + m[0].length, count: n, about: m[2] });
  }
  return out;
}

/** Numbers followed by what they count ("172 pays", "50 nouveaux sujets d'étude"), outside dates, times and identifiers. */
function counts(text: string, typed: Span[]): Span[] {
  const inside = (i: number) => typed.some((s) => i >= s.start && i < s.end);
  const out: Span[] = [];
  const add = (m: RegExpMatchArray, n: number, words: string) => {
    const about = countedThing(words);
    if (!about || inside(m.index!) || IDENTIFIER_BEFORE.test(fold(text.slice(Math.max(0, m.index! - 28), m.index)))) return;
    // The counted words are found as written: the text may space them with a non-breaking space ("États Membres").
    const written = new RegExp(phrasePattern(about), 'gu');
    written.lastIndex = m.index! + m[1].length;
    const found = written.exec(text);
    if (!found) return;
    const end = found.index + found[0].length;
    out.push({ type: 'count', text: text.slice(m.index!, end), start: m.index!, end, count: n, about });
  };
  for (const m of text.matchAll(COUNT)) if (!/^(19|20)\d\d$/.test(m[1])) add(m, Number(m[1].replace(/\D/g, '')), m[2]);
  for (const m of text.matchAll(NUMBER_WORD_COUNT)) {
    const n = NUMBER_WORD.get(fold(m[1]));
    if (n !== undefined && n > 1) add(m, n, m[2]);
  }
  // The legal style writes the number twice: "Neuf (9) États Membres", "three (3) meetings".
  for (const m of text.matchAll(NUMBER_WORD_AND_DIGITS)) {
    const n = NUMBER_WORD.get(fold(m[1]));
    if (n !== undefined && n === Number(m[2])) add(m, n, m[3]);
  }
  return out;
}

/** The words a number counts: up to the first function word ("nouveaux sujets d'étude" of "… d'étude et approuvé"). */
function countedThing(words: string): string {
  const kept: string[] = [];
  for (const w of words.split(/\s+/)) {
    if (isStopWord(fold(w))) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** What a text's numbers count when it says so before them: "the number of IoT devices … is expected to exceed 40 billion". */
export function countedBefore(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(/(?<![\p{L}\d])\d[\d\u00a0 .,]*/gu)) {
    if (/^(?:19|20)\d\d$/.test(m[0].trim())) continue;
    const of = NUMBER_OF.exec(lower.slice(Math.max(0, m.index - NUMBER_OF_REACH), m.index))?.[1];
    if (of) out.push(of);
  }
  return out;
}
