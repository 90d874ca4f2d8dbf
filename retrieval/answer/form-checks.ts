/**
 * The form checks of a question against one clause: the constraints it names
 * hold in the clause or its headings and title, and a question that wants a
 * typed fact (a date, a count of the thing asked about, an address) finds
 * one in the clause's own text.
 */
import { namesPlace, placeKind, placesNamed } from '../facts/places.ts';
import { rowReading } from '../ingest/parse/table-rows.ts';
import { countedBefore, findSpans, type Span } from '../facts/spans.ts';
import { ALL_TABLES, merged, STRICT_TYPES } from '../lang/index.ts';
import { LANGUAGE_VALUE, ORGANIZATION_VALUE, PERSON_OFFICES, VALUE_KINDS } from '../lang/form-words.ts';
import { PERCENT_WORDS } from '../lang/number-words.ts';
import { analyze } from '../query/analyze.ts';
import { focusOptions, type QuestionForm } from '../query/question-form.ts';
import { fold } from '../text.ts';
import { extractFacts } from '../verify/facts.ts';
import { splitSentences } from '../verify/split.ts';
import { BEFORE_AFTER, timesAsked } from './relative-time.ts';
import type { Clause, Lang, TermGroup } from '../types.ts';

// Folded forms of each month (1..12) and of each ordinal, in every language.
const MONTH_FORMS: string[][] = Array.from({ length: 12 }, () => []);
for (const [form, n] of merged((t) => t.months)) MONTH_FORMS[n - 1].push(form);
const ORDINAL_FORMS = new Map<number, string[]>();
for (const t of ALL_TABLES)
  for (const [form, n] of Object.entries(t.ordinals)) ORDINAL_FORMS.set(n, [...(ORDINAL_FORMS.get(n) ?? []), form]);

/** Years, months, dates and ordinals the question names appear in the clause, its headings or its document's title. */
export function meetsConstraints(form: QuestionForm, clause: Clause): boolean {
  const scope = `${clause.text}\n${clause.context}`;
  const folded = fold(scope);
  const has = (word: string) => hasWord(folded, word);
  if (form.years.some((y) => !scope.includes(String(y)))) return false;
  // "Le Conseil 2022 les a validées à quelle date ?": the date asked for is one of that year, which the clause itself
  // must give; a year in its document's title ("… (Rev. Bucharest, 2022)") dates the document, not the answer.
  if (form.type === 'date' && form.years.some((y) => !clause.text.includes(String(y)))) return false;
  if (form.months.some((m) => !MONTH_FORMS[m - 1].some(has))) return false;
  if (form.ordinals.some((n) => !ordinalIn(folded, n))) return false;
  if (form.dates.length) {
    const dates = findSpans(scope).flatMap((s) => (s.date ? [s.date] : []));
    // "sep 24" in chat is as often September 2024 as the 24th: the month in that year does too.
    const monthOfYear = (d: { day: number; month: number }) =>
      d.day >= 10 && MONTH_FORMS[d.month - 1].some(has) && scope.includes(String(2000 + d.day));
    if (form.dates.some((d) => !dates.some((x) => x.month === d.month && (x.day === d.day || rangeHas(scope, d))) && !monthOfYear(d)))
      return false;
  }
  return true;
}

/** A folded text holds a folded word, whole. */
function hasWord(folded: string, word: string): boolean {
  return new RegExp(`(^|[^a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(folded);
}

/** The text numbers something with the ordinal n, in any language ("fifth", "cinquième", "5th", "5e"). */
export function namesOrdinal(text: string, n: number): boolean {
  return ordinalIn(fold(text), n);
}

function ordinalIn(folded: string, n: number): boolean {
  return (ORDINAL_FORMS.get(n) ?? []).some((w) => hasWord(folded, w)) || new RegExp(`\\b${n}(st|nd|rd|th|e|eme|ème|o|a)\\b`).test(folded);
}

const ORDINAL_VALUE = new Map([...ORDINAL_FORMS].flatMap(([n, forms]) => forms.map((f): [string, number] => [f, n])));

/**
 * "How many attended the FIRST meeting?": a clause whose text or headings number that thing otherwise ("Report of the
 * second meeting") and never as the first is about another one of it.
 */
export function sameOccurrence(form: QuestionForm, clause: Clause): boolean {
  if (!form.first) return true;
  const words = fold(`${clause.text}\n${clause.context}`).split(/[^a-z0-9]+/);
  let other = false;
  for (let i = 0; i < words.length; i += 1) {
    const digits = /^(\d{1,2})(st|nd|rd|th|e|eme|er|re|o|a)$/.exec(words[i]);
    const n = digits ? Number(digits[1]) : ORDINAL_VALUE.get(words[i]);
    if (n === undefined) continue;
    const next = words[i + 1] ?? '';
    const terms = new Set((['en', 'fr', 'es'] as const).flatMap((l) => analyze(next, l)));
    if (!form.first.some((alt) => alt.every((t) => terms.has(t)))) continue;
    if (n === 1) return true;
    other = true;
  }
  return !other;
}

/**
 * A date later than the document that gives it: what "the next meeting" can
 * be. A date without a year is read in the document's year; a document dated
 * by its year alone lets any date of that year pass; an undated document
 * lets every date pass.
 */
export function isUpcoming(date: NonNullable<Span['date']>, docDate?: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(docDate ?? '');
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const y = date.year ?? year;
  if (y !== year || month === undefined) return y >= year;
  if (date.month !== month) return date.month > month;
  return day === undefined || date.day === undefined || date.day > day;
}

/**
 * A year named alone ("au début de l'année 2026") that can be a coming one: after the document's year, or, a year
 * being no finer than a year, the document's own year. Years inside full dates are the dates' business.
 */
export function comingYear(text: string, lang: Lang, docDate?: string): { y: number; qualifier?: 'early' | 'mid' | 'late' } | undefined {
  const docYear = Number(/^\d{4}/.exec(docDate ?? '')?.[0] ?? 0);
  for (const f of extractFacts(text, lang).facts) {
    if (f.kind !== 'year' || !f.date?.y || f.date.y < docYear) continue;
    const q = f.qualifier;
    return { y: f.date.y, qualifier: q === 'early' || q === 'mid' || q === 'late' ? q : undefined };
  }
  return undefined;
}

/** "du 15 au 25 septembre" holds the 17th. */
function rangeHas(scope: string, d: { day: number; month: number }): boolean {
  const month = MONTH_FORMS[d.month - 1].join('|');
  const m = new RegExp(`\\b(\\d{1,2})\\s*(?:-|–|au|to|al|a)\\s*(\\d{1,2})\\s+(?:de\\s+)?(?:${month})`, 'i').exec(fold(scope));
  return Boolean(m && Number(m[1]) <= d.day && d.day <= Number(m[2]));
}

const CURRENCY = /\b(CHF|USD|EUR|francs?|dollars?|euros?)\b|[$€£]/i;

/** A question that wants a typed fact finds one in the clause's text (names and documents always pass; a place must be named). */
export function meetsType(
  form: QuestionForm,
  clause: Clause,
  groups: TermGroup[],
  doc?: { date?: string; lang: Lang },
  timing: 'any' | 'asked' = 'any',
): boolean {
  const text = rowReading(clause);
  // A time relative to something else: any, to find the clauses; one of the thing asked about, to answer (relative-time.ts).
  const relative = () => (timing === 'any' ? BEFORE_AFTER.test(text) : timesAsked(text, form, groups, doc?.lang ?? 'fr'));
  switch (form.type) {
    case 'date':
      // "The next …": a past date is no answer; a coming date or year is, and so is a relative one ("un mois avant chaque réunion").
      if (form.upcoming) {
        const coming = findSpans(text).some((s) => s.date && isUpcoming(s.date, doc?.date));
        return coming || Boolean(comingYear(text, doc?.lang ?? 'fr', doc?.date)) || relative();
      }
      // "Which days was it?": "avril 2025" is no answer, "du 15 au 25 septembre" is.
      if (form.toTheDay) return findSpans(text).some((s) => s.date?.day !== undefined) || relative();
      return /\b(19|20)\d\d\b/.test(text) || findSpans(text).some((s) => s.type === 'date') || relative();
    case 'time':
    case 'duration':
      return findSpans(text).some((s) => s.type === form.type);
    case 'count':
      return countOfFocus(form, text, groups);
    case 'amount':
      return CURRENCY.test(text) && /\d/.test(text);
    case 'email':
    case 'url':
    case 'phone':
      return findSpans(text).some((s) => s.type === form.type || (form.type === 'email' && s.type === 'url'));
    case 'fax':
      return findSpans(text).some((s) => s.type === 'fax');
    case 'person':
      return !form.namedPerson || holderNamed(text, groups);
    case 'place':
      // "Where …?", "which city?": a clause that names no place (a city, a country, a headquarters, a web address) says
      // nowhere, and one that only repeats the question's place ("which least developed countries…?" — "in the LDCs")
      // names none it was asked for. "Which four countries?" wants them named: no group of countries, no web page.
      return (
        (!form.namedPlaces && findSpans(text).some((s) => s.type === 'url' || s.type === 'document')) ||
        namesPlace(clausePlaces(clause, doc?.lang ?? 'fr'), form.places, form.namedPlaces)
      );
    default:
      return true;
  }
}

/** Analysed words of the offices only a person holds, in every language ("director", "directeur", "secretario"): read on first use. */
let officeTerms: Set<string> | undefined;
const personOfficeTerms = () =>
  (officeTerms ??= new Set((['en', 'fr', 'es'] as const).flatMap((l) => PERSON_OFFICES[l].flatMap((o) => analyze(o, l)))));

/** The question's concepts that name an office only a person holds ("co-convenors", "director"). */
export function officeGroups(groups: TermGroup[]): TermGroup[] {
  return groups.filter((g) => g.original.some((t) => personOfficeTerms().has(t)));
}

/**
 * "Who is the BDT director?": a person named, and the office asked about named whole ("Au Directeur du Bureau de
 * développement" names the office and no one; "Seizo Onoe, Directeur du Bureau de la normalisation" holds another).
 */
function holderNamed(text: string, groups: TermGroup[]): boolean {
  if (!findSpans(text).some((s) => s.type === 'person')) return false;
  const terms = new Set((['en', 'fr', 'es'] as const).flatMap((l) => analyze(text, l)));
  return officeGroups(groups).every((g) => names(g, terms));
}

/** "How many X": a number bound to X ("172 pays", "the number of X … is 172"); without an X, any count. */
function countOfFocus(form: QuestionForm, text: string, groups: TermGroup[]): boolean {
  const counts = findSpans(text).filter((s) => s.type === 'count');
  if (!form.focus.length) return counts.length > 0 || countedBefore(text).length > 0;
  const wanted = form.focus.flatMap((g) => focusOptions(form, g)).flatMap((g) => groups[g].alternatives.flatMap((a) => a.terms));
  // What a number counts follows it ("172 pays") or, after "the number of", comes before it.
  const counted = [...counts.map((s) => s.about ?? ''), ...countedBefore(text)];
  return counted.some((words) => {
    const about = new Set(['en', 'fr', 'es'].flatMap((l) => analyze(words, l as 'en')));
    return wanted.some((t) => about.has(t));
  });
}

/**
 * "What time does the SG20 meeting start?": the fact of the kind asked for is not the fact of something else. In
 * "La première réunion du Groupe JCG-IoTSec … de 13 heures à 14 heures. Elle aura lieu à l'occasion de la réunion de
 * la CE 20 …, du 15 au 25 septembre", 13:00 stands in a sentence that names the JCG, not SG20: it is the JCG
 * meeting's time. A typed fact counts when its sentence names what the question asks about (not a side remark's "… ?
 * pour caler ça avec la CE 20"), or no other acronym or code (an earlier sentence may have named the subject: "…
 * équipes CIRT … l'UIT a fourni une assistance à 85 pays"). Names in the headings or title cover the whole clause.
 */
export function typedFactNamesAll(form: QuestionForm, clause: Clause, groups: TermGroup[], lang: Lang): boolean {
  if (!form.type || !STRICT_TYPES.has(form.type)) return true;
  // A table row is one statement: its facts are all of the row's subject.
  if (rowReading(clause) !== clause.text) return true;
  const inText = new Set(analyze(clause.text, lang));
  const asked = groups.filter((g) => (g.importance ?? 1) === 1 && isName(g) && names(g, inText));
  if (!asked.length) return true;
  const askedTerms = new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)));
  return clauseSentences(clause.text).some((sentence) => {
    if (!meetsType(form, { ...clause, text: sentence.text }, groups)) return false;
    const terms = new Set(analyze(sentence.text, lang));
    if (asked.every((g) => names(g, terms))) return true;
    return namesIn(sentence.text, lang).every((t) => askedTerms.has(t));
  });
}

/** An acronym or code the question names ("JCG", "SG20": a code is asked as "sg20 sg 20", one concept of three words). */
export function isName(g: TermGroup): boolean {
  return Boolean(g.entity) || g.original.some((t) => /[a-z]/.test(t) && /\d/.test(t));
}

/** A concept is named among analysed terms when one of its alternatives is there whole. */
export function names(g: TermGroup, terms: Set<string>): boolean {
  return g.alternatives.some((alt) => alt.terms.every((t) => terms.has(t)));
}

/** The sentences of a clause with where each stands (the splitter tidies spaces, so each is found by its first words). */
export function clauseSentences(text: string): Array<{ text: string; start: number; end: number }> {
  const sentences = splitSentences(text);
  const starts: number[] = [];
  for (const s of sentences) starts.push(Math.max(starts.at(-1) ?? 0, text.indexOf(s.text.slice(0, 12), starts.at(-1) ?? 0)));
  return sentences.map((s, i) => ({ text: s.text, start: starts[i], end: starts[i + 1] ?? text.length }));
}

/** The ITU and its sectors frame every document: naming them says nothing about whose fact it is. */
const FRAME = /^(?:ITU|UIT)(?:-[TDR])?$/;

/** Acronyms ("JCG-IoTSec", "GCNT", "CIRT") and codes ("CE 20" read as sg20) of a text, as analysed terms. */
function namesIn(text: string, lang: Lang): string[] {
  const acronyms = (text.match(/\b[A-Z]{2,}(?:-[A-Za-z]+)?\b/g) ?? []).filter((a) => !FRAME.test(a)).flatMap((a) => analyze(a, lang));
  const codes = analyze(text, lang).filter((t) => /[a-z]/.test(t) && /\d/.test(t));
  return [...new Set([...acronyms, ...codes])];
}

/**
 * A share as a clause writes it: "22,3 %", a number with each language's "per cent" ("pour cent", "por ciento"), or a
 * ratio ("2.4 times less likely", "deux fois plus", "tres veces más").
 */
const RATIO = String.raw`\b[\w.,]+ (?:times|fois|veces) (?:more|less|plus|moins|mas|menos)\b`;
const SHARE_VALUE = new RegExp(String.raw`\d\s?%|\b(?:${PERCENT_WORDS.join('|')})\b|${RATIO}`);

const placesOfClause = new WeakMap<Clause, Set<string>>();

/** The places a clause names (read once per clause). */
function clausePlaces(clause: Clause, lang: Lang): Set<string> {
  let places = placesOfClause.get(clause);
  if (!places) placesOfClause.set(clause, (places = placesNamed(clause.text, lang)));
  return places;
}

/** A title as a clause quotes it: three words or more between quotation marks. */
const TITLE_VALUE = /["“«]\s*[^"”»\s]+(?:\s+[^"”»\s]+){2,}\s*["”»]/;

/** Analysed forms of the value-kind nouns, by kind, in every language: read on first use. */
let valueKinds: Array<[keyof typeof VALUE_KINDS, Set<string>]> | undefined;

/**
 * A concept that only names the kind of value asked for ("what SHARE", "which LANGUAGE", "which COUNTRY", "what TITLE")
 * is named by a clause that gives one: a percentage, a language's name, a country or a city other than those the
 * question names, a quoted title, an organisation's name ("which ORGANIZATION hosted…" — "the … Authority of Ghana").
 */
export function givesValueOf(g: TermGroup, clause: Clause, form: QuestionForm, lang: Lang): boolean {
  valueKinds ??= (Object.keys(VALUE_KINDS) as Array<keyof typeof VALUE_KINDS>).map((k) => [
    k,
    new Set((['en', 'fr', 'es'] as const).flatMap((l) => VALUE_KINDS[k].flatMap((w) => analyze(w, l)))),
  ]);
  const kind = g.original.length === 1 ? valueKinds.find(([, forms]) => forms.has(g.original[0]))?.[0] : undefined;
  if (!kind) return false;
  if (kind === 'country' || kind === 'city')
    return [...clausePlaces(clause, lang)].some((k) => placeKind(k) === kind && !form.places?.includes(k));
  if (kind === 'title') return TITLE_VALUE.test(clause.text);
  if (kind === 'organization') return ORGANIZATION_VALUE.test(clause.text);
  return (kind === 'share' ? SHARE_VALUE : LANGUAGE_VALUE).test(fold(clause.text));
}
