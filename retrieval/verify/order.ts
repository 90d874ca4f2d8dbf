/**
 * Before and after: "juste après l'adoption de la Résolution" against a
 * clause that says "juste avant l'adoption de cette Résolution", or "one
 * month after each meeting" against "un mois avant chaque réunion". A
 * sentence that puts something before (after) an event the clause puts it
 * after (before), and never before (after), reverses the order of the two.
 * The event is read from the words right after the order word, through the
 * sentence's concepts, so across languages when the glossary bridges them.
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';

type Side = 'before' | 'after';

/** Order words, folded, by language; "avant tout" and "after all" order nothing. */
const WORDS: Record<Lang, Record<Side, string>> = {
  en: { before: String.raw`before|prior to|ahead of|in advance of`, after: String.raw`after(?! all\b)|following|subsequent to` },
  fr: { before: String.raw`avant(?! tout\b)|prealablement a`, after: String.raw`apres|a la suite d[eu']|suite a|au lendemain d[eu']` },
  es: { before: String.raw`antes de(?:l)?|previamente a`, after: String.raw`despues de(?:l)?|tras|luego de(?:l)?|a raiz de(?:l)?` },
};
/** How many words after the order word name the event. */
const EVENT_WORDS = 6;

const compiled = new Map<Lang, RegExp>();

function pattern(lang: Lang): RegExp {
  let re = compiled.get(lang);
  if (!re) {
    const w = WORDS[lang];
    re = new RegExp(String.raw`(?<![\w-])(?:(${w.before})|(${w.after}))(?![\w-])((?:[\s']+[\w-]+){1,${EVENT_WORDS}})`, 'g');
    compiled.set(lang, re);
  }
  return re;
}

interface Ordered {
  side: Side;
  /** The words naming the event. */
  event: string;
}

function orderedEvents(text: string, lang: Lang): Ordered[] {
  return [...fold(text).matchAll(pattern(lang))].map((m) => ({ side: m[1] ? 'before' : 'after', event: m[3].trim() }));
}

const clauseEvents = new WeakMap<TextAnalysis, Array<{ side: Side; terms: Set<string> }>>();

function eventsOf(clause: TextAnalysis, text: string): Array<{ side: Side; terms: Set<string> }> {
  let out = clauseEvents.get(clause);
  if (!out) {
    out = orderedEvents(text, clause.lang).map((o) => ({ side: o.side, terms: new Set(analyze(o.event, clause.lang)) }));
    clauseEvents.set(clause, out);
  }
  return out;
}

/** Why the sentence reverses an order the clauses give; none when it does not. */
export function reversedOrder(
  text: string,
  lang: Lang,
  cited: Array<{ text: string }>,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): { code: 'wrong-polarity'; detail: string } | undefined {
  const mine = orderedEvents(text, lang);
  if (!mine.length) return undefined;
  const theirs = clauses.flatMap((c, i) => eventsOf(c, cited[i].text));
  if (!theirs.length) return undefined;
  for (const o of mine) {
    const groups = concepts(o.event, lang);
    const about = theirs.filter((t) => groups.some((g) => hasConcept(g, t.terms)));
    if (about.length && about.every((t) => t.side !== o.side)) {
      return { code: 'wrong-polarity', detail: `"${o.side} ${o.event}" reverses the order the clause gives` };
    }
  }
  return undefined;
}
