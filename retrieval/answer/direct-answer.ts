/**
 * The direct answer line: for who / when / what time / how many / which
 * address / how long… questions, the typed fact taken from the cited clauses, rendered
 * in the asker's language and marked with its citation, before the quotes.
 */
import { findSpans, type Span } from '../facts/spans.ts';
import { durationName, durationUnit } from '../lang/durations.ts';
import { table } from '../lang/index.ts';
import { askedKinds } from '../query/kind-cues.ts';
import { analyze } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import type { Clause, Lang, TermGroup } from '../types.ts';
import { clauseSentences, comingYear, isName, isUpcoming, names, namesOrdinal, officeGroups } from './form-checks.ts';
import type { SpanWanted } from './passage.ts';

const MAX_PEOPLE = 4;

/** A cited clause as the answer line reads it: its citation number, its document's language and date. */
type Cited = { clause: Clause; n: number; lang?: Lang; docDate?: string };

/** Which spans answer the question's form (for counts, a number of the thing asked about). */
export function wantedSpans(form: QuestionForm, groups: TermGroup[], docDate?: string): SpanWanted | undefined {
  const type = form.type;
  if (!type || type === 'place') return undefined;
  if (type === 'count' && form.focus.length) {
    const wanted = new Set(form.focus.flatMap((g) => groups[g].alternatives.flatMap((a) => a.terms)));
    return (s) => s.type === 'count' && (['en', 'fr', 'es'] as const).some((l) => analyze(s.about ?? '', l).some((t) => wanted.has(t)));
  }
  if (type === 'email') return (s) => s.type === 'email' || s.type === 'url';
  if (type === 'date') return (s) => s.type === 'date' && (!form.upcoming || isUpcoming(s.date!, docDate));
  return (s) => s.type === type;
}

/**
 * "Answer: 10 September 2025 [1]", from the first cited clause that has the
 * fact; undefined when the question wants no typed fact. When none of the
 * cited clauses has it, says so instead of guessing. A question for several
 * kinds ("the fax and the e-mail?") gets each kind's fact, named, in one line;
 * a kind none of the cited clauses states is left out.
 */
export function directAnswer(form: QuestionForm, cited: Cited[], groups: TermGroup[], lang: Lang): string | undefined {
  if (!wantedSpans(form, groups) || !form.type) return undefined;
  const words = table(lang);
  const lead = `${words.answerLine.answer}${lang === 'fr' ? ' :' : ':'} `;
  const kinds = askedKinds(form);
  if (kinds.length > 1) {
    const facts = kinds.flatMap((type) => {
      const fact = typedFact({ ...form, type }, cited, groups, lang);
      return fact ? [{ type, fact }] : [];
    });
    if (facts.length === 1) return lead + facts[0].fact;
    if (facts.length) return lead + facts.map(({ type, fact }) => `${words.typeNames[type]} ${fact}`).join('; ');
    return words.answerLine.notStated(form.type);
  }
  const fact = typedFact(form, cited, groups, lang);
  if (fact) return lead + fact;
  // "Who …?" is often answered by a body ("Aux Administrations des États Membres", "le GCNT"): no person named is no
  // answer missing, so the quote speaks for itself.
  return form.type === 'person' ? undefined : words.answerLine.notStated(form.type);
}

/** The fact of the form's type from the first cited clause that has it, rendered with its citation ("10 September 2025 [1]"). */
function typedFact(form: QuestionForm, cited: Cited[], groups: TermGroup[], lang: Lang): string | undefined {
  for (const { clause, n, lang: clauseLang, docDate } of cited) {
    const wanted = wantedSpans(form, groups, docDate)!;
    const spans = bySentenceNaming(findSpans(clause.text).filter(wanted), clause, groups, clauseLang ?? lang, form.ordinals);
    const year = !spans.length && form.upcoming ? comingYear(clause.text, clauseLang ?? lang, docDate) : undefined;
    if (year) return `${table(lang).formatPeriod(year.qualifier, year.y)} [${n}]`;
    if (!spans.length) continue;
    const shown = form.type === 'person' ? holders(spans, clause, groups, clauseLang ?? lang).slice(0, MAX_PEOPLE) : [spans[0]];
    const rendered = shown.map((s) => render(s, lang, clause.text)).join(lang === 'fr' ? ' et ' : lang === 'es' ? ' y ' : ' and ');
    return `${rendered} [${n}]`;
  }
  return undefined;
}

/**
 * "Who are the co-convenors?": the people named in a sentence that names the office, when one does. In "The meeting
 * was chaired by Ms Halvorsen, co-convenor, assisted by Mr Echeverría, co-convenor. Ms Haddad (TSB) acted as
 * secretariat.", the secretariat is no co-convenor.
 */
function holders(people: Span[], clause: Clause, groups: TermGroup[], lang: Lang): Span[] {
  const offices = officeGroups(groups);
  if (!offices.length) return people;
  const held = people.filter(inSentenceNaming(offices, clause, lang));
  return held.length ? held : people;
}

/**
 * The spans of a sentence naming the acronyms and codes the question names come first: in "La première réunion du
 * Groupe JCG-IoTSec … le 17 septembre 2025 … Elle aura lieu à l'occasion de la réunion de la CE 20 …, du 15 au 25
 * septembre 2025", the SG20 meeting's dates are the second sentence's. So do those of a sentence naming the ordinal
 * asked ("the FIFTH meeting": not "The fourth meeting … on 7 and 8 December 2033. The fifth meeting … 16-18 March").
 */
function bySentenceNaming(spans: Span[], clause: Clause, groups: TermGroup[], lang: Lang, ordinals: number[]): Span[] {
  const asked = groups.filter(isName);
  if (spans.length < 2) return spans;
  const tests = [
    ...(asked.length ? [inSentenceNaming(asked, clause, lang)] : []),
    ...(ordinals.length ? [inSentenceNumbering(ordinals, clause)] : []),
  ];
  const met = (s: Span) => tests.filter((test) => test(s)).length;
  const held = sentenceShare(groups, clause, lang);
  return [...spans].sort((a, b) => met(b) - met(a) || held(b) - held(a));
}

/**
 * How much of the question a span's sentence holds, each concept by its importance: in "… l'UIT a fourni une
 * assistance à 85 pays … L'UIT travaille actuellement à la mise en place d'équipes CIRT dans quatre pays", "how many
 * countries is ITU setting up CIRTs in right now?" is the second sentence's count.
 */
function sentenceShare(groups: TermGroup[], clause: Clause, lang: Lang): (span: Span) => number {
  const sentences = clauseSentences(clause.text).map((s) => {
    const terms = new Set(analyze(s.text, lang));
    return { ...s, share: groups.reduce((sum, g) => sum + (names(g, terms) ? (g.importance ?? 1) : 0), 0) };
  });
  return (span) => sentences.find(({ start, end }) => span.start >= start && span.end <= end)?.share ?? 0;
}

/** Whether a span lies in a sentence of the clause that names every one of the ordinals. */
function inSentenceNumbering(ordinals: number[], clause: Clause): (span: Span) => boolean {
  return inSentenceWhere(clause, (text) => ordinals.every((n) => namesOrdinal(text, n)));
}

/** Whether a span lies in a sentence of the clause that passes the test. */
function inSentenceWhere(clause: Clause, test: (sentence: string) => boolean): (span: Span) => boolean {
  const passing = clauseSentences(clause.text).filter((s) => test(s.text));
  return (span) => passing.some(({ start, end }) => span.start >= start && span.end <= end);
}

/** Whether a span lies in a sentence of the clause that names every one of the groups. */
function inSentenceNaming(groups: TermGroup[], clause: Clause, lang: Lang): (span: Span) => boolean {
  return inSentenceWhere(clause, (text) => {
    const terms = new Set(analyze(text, lang));
    return groups.every((g) => names(g, terms));
  });
}

function render(span: Span, lang: Lang, text: string): string {
  if (span.date) {
    const single = table(lang).formatDate(span.date.day, span.date.month, span.date.year);
    // "15 au 25 septembre 2025", "15-24 octobre 2024": the range's first day too.
    const first = /^(\d{1,2})(?:er)?\s*(?:au|to|al|a|-|–)\s*\d/.exec(span.text)?.[1];
    const date = first && span.date.day !== undefined && Number(first) < span.date.day ? single.replace(/^\d{1,2}/, `${first}–$&`) : single;
    const time = findSpans(text).find((s) => s.type === 'time' && Math.abs(s.start - span.end) < 40);
    return time ? `${date}, ${renderTime(time)}` : date;
  }
  if (span.minutes) {
    const date = findSpans(text).find((s) => s.type === 'date' && Math.abs(span.start - s.end) < 40);
    const zone = /\(([^)]*(?:heure|time|hora)[^)]*)\)/i.exec(text.slice(span.end, span.end + 40))?.[1];
    const time = zone ? `${renderTime(span)} (${zone})` : renderTime(span);
    return date?.date ? `${time}, ${table(lang).formatDate(date.date.day, date.date.month, date.date.year)}` : time;
  }
  if (span.type === 'duration') return renderDuration(span, lang) ?? span.text;
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  if (span.type === 'person') return span.about ? `${flat(span.text)} (${flat(span.about)})` : flat(span.text);
  return flat(span.text);
}

/** "12 mois" to an English question reads "12 months"; "deux (2) ans", "2 years". */
function renderDuration(span: Span, lang: Lang): string | undefined {
  const unit = durationUnit(span.about ?? '');
  return unit && span.count !== undefined ? durationName(unit, span.count, lang) : undefined;
}

function renderTime(span: Span): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return (span.minutes ?? []).map(hhmm).join('–');
}
