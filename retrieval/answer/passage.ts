/**
 * The part of a clause to quote: the sentence that carries the question's
 * concepts and the fact asked for, with an ellipsis for what is left out.
 * Never cut through the fact; the Sources list keeps the whole clause.
 */
import { findSpans, type Span } from '../facts/spans.ts';
import { analyze } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import type { Lang, TermGroup } from '../types.ts';
import { namesOrdinal } from './form-checks.ts';

export const MAX_QUOTE = 420;

// Abbreviations after which a period does not end a sentence (English, French, Spanish).
const ABBREVIATIONS = [
  'M',
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Pr',
  'Prof',
  'No',
  'Nos',
  'Rev',
  'Rév',
  'Res',
  'Rés',
  'Doc',
  'Docs',
  'Rec',
  'Recs',
  'Vol',
  'Art',
  'Sr',
  'Sra',
  'etc',
  'vs',
  'cf',
  'p',
  'pp',
  'env',
  'approx',
  'St',
  'Ste',
];
const ABBREVIATION = new RegExp(String.raw`(?:\b(?:${ABBREVIATIONS.join('|')})|\b[A-Z])\.$`);

/** Sentences of a flat text, not split after abbreviations or inside numbers ("Y.4702", "2.1"). */
export function sentences(flat: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of flat.matchAll(/[.;:!?](?=\s+[\p{Lu}«"(\d])/gu)) {
    const end = m.index + 1;
    if (m[0] === '.' && ABBREVIATION.test(flat.slice(Math.max(start, end - 8), end))) continue;
    out.push({ text: flat.slice(start, end).trim(), start });
    start = end + (flat.slice(end).length - flat.slice(end).trimStart().length);
  }
  if (start < flat.length) out.push({ text: flat.slice(start).trim(), start });
  return out.filter((s) => s.text);
}

/** Whether a span is the fact the question asks for. */
export type SpanWanted = (span: Span) => boolean;

/** The sentence of a clause that carries most of the question's concepts and the fact wanted, within MAX_QUOTE characters. */
export function bestPassage(text: string, groups: TermGroup[], docLang: Lang, wanted?: SpanWanted, form?: QuestionForm): string {
  // Non-breaking spaces become plain ones: quotes are read and searched as text.
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE) return flat;
  const parts = sentences(flat);
  // What the question sets aside ("besides SG17, which other…") counts against a sentence, not for it.
  const aside = groups.filter((_, g) => form?.excluded?.includes(g));
  const terms = new Set(groups.filter((g) => !aside.includes(g)).flatMap((g) => g.alternatives.flatMap((a) => a.terms)));
  const scored = parts.map((s, i) => {
    const facts = wanted ? findSpans(s.text).filter(wanted) : [];
    const years = form?.years.filter((y) => s.text.includes(String(y))).length ?? 0;
    // "Where will the FIFTH meeting be held?": the sentence about the fifth, not the one about the fourth before it.
    const ordinals = form?.ordinals.filter((n) => namesOrdinal(s.text, n)).length ?? 0;
    const analysed = analyze(s.text, docLang);
    const has = new Set(analysed);
    // A sentence about what the question sets aside answers it only when every sentence is.
    const setAside = aside.some((g) => g.alternatives.some((a) => a.terms.every((t) => has.has(t)))) ? 50 : 0;
    // The sentence with the fact asked for comes first, whatever else the others share with the question.
    // Each of the question's terms counts once: a sentence that repeats one ("CE 17 … la CE 17") is not the more relevant.
    const score = [...has].filter((t) => terms.has(t)).length + (facts.length ? 100 : 0) + 2 * years + 100 * ordinals - setAside;
    return { ...s, i, score, facts };
  });
  // A date asked for that no sentence gives as a date ("au cours du quatrième trimestre de l'année 2025"): the sentence with a year.
  if (form?.type === 'date' && !scored.some((s) => s.facts.length))
    for (const s of scored) if (/\b(?:19|20)\d\d\b/.test(s.text)) s.score += 50;
  const top = [...scored].sort((a, b) => b.score - a.score || a.i - b.i)[0];
  const best = withRun(withAnnounced(top, parts), parts);
  const passage = best.text.length <= MAX_QUOTE ? best.text : window(best.text, best.facts[0]);
  const before = best.i > 0 || !best.text.startsWith(passage) ? '… ' : '';
  const after = (best.last < parts.length - 1 || !best.text.endsWith(passage)) && !passage.endsWith('…') ? ' …' : '';
  return before + passage + after;
}

/**
 * A sentence that ends in a colon announces what follows ("dans les 13 pays
 * suivants:", "the following:"): it is quoted with what it announces, up to
 * the end of that sentence, or the list asked for would be cut away.
 */
function withAnnounced<T extends { text: string; i: number; facts: Span[] }>(
  best: T,
  parts: Array<{ text: string }>,
): T & { last: number } {
  let text = best.text;
  let last = best.i;
  while (text.endsWith(':') && last + 1 < parts.length) {
    last += 1;
    text = `${text} ${parts[last].text}`;
  }
  // Too long together: the announcement alone, cut as before, rather than a window that loses its start.
  return text.length <= MAX_QUOTE ? { ...best, text, last } : { ...best, last: best.i };
}

/**
 * A list written as a run of sentences that open alike ("La Section 2 porte sur …. La Section 3 porte sur …"), right
 * after the sentence quoted or starting with it, is quoted with it while the quote stays within MAX_QUOTE: the items
 * asked for ("which section covers which pillar") would otherwise be left out. When the sentence and the whole list do
 * not fit together but the list does, and the sentence holds no fact asked for, the list is quoted alone.
 */
function withRun<T extends { text: string; i: number; last: number; facts: Span[] }>(best: T, parts: Array<{ text: string }>): T {
  const opening = (k: number) => parts[k]?.text.split(/\s+/).slice(0, 2).join(' ').replace(/\d+/g, '#').toLowerCase();
  const next = best.last + 1;
  const start = opening(best.last) === opening(next) ? best.last : next;
  if (next >= parts.length || opening(start) !== opening(start + 1)) return best;
  let end = start;
  while (end + 1 < parts.length && opening(end + 1) === opening(start)) end += 1;
  const run = parts.slice(start, end + 1).map((p) => p.text);
  // The whole list after the sentence quoted when it fits; the whole list alone when only that fits ("… La Section 2 …
  // La Section 6 …"): the items are what was asked for. Else as much of it as fits after the sentence.
  const alone = run.join(' ');
  if (start > best.last && !best.facts.length && best.text.length + 1 + alone.length > MAX_QUOTE && alone.length <= MAX_QUOTE)
    return { ...best, text: alone, i: start, last: end };
  let { text, last } = best;
  while (last + 1 <= end && text.length + 1 + parts[last + 1].text.length <= MAX_QUOTE) text = `${text} ${parts[(last += 1)].text}`;
  return { ...best, text, last };
}

/** MAX_QUOTE characters of a long sentence, around the fact when there is one, cut at word boundaries. */
function window(sentence: string, fact?: Span): string {
  const centre = fact ? Math.floor((fact.start + fact.end) / 2) : 0;
  let start = Math.max(0, Math.min(centre - MAX_QUOTE / 2, sentence.length - MAX_QUOTE));
  let end = Math.min(sentence.length, start + MAX_QUOTE);
  if (fact) {
    start = Math.min(start, fact.start);
    end = Math.max(end, fact.end);
  }
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) end = sentence.lastIndexOf(' ', end) > (fact?.end ?? 0) ? sentence.lastIndexOf(' ', end) : end;
  return sentence.slice(start, end).trim();
}
