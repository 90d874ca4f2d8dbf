/**
 * A chat message is often a question with side remarks around it ("what are
 * the objectives again? need them for the opening slides", "hey quick q -
 * how do I join the list"). The parts that ask are the question; the
 * others still help retrieval but weigh little in what must be answered.
 */
import { isAbbreviation } from '../lang/abbreviations.ts';
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';

export interface MessagePart {
  text: string;
  /** The part asks something: a question mark, or an interrogative opening. */
  asks: boolean;
  /** The ask after it points back at what it names ("… which index, and when did ITS survey go out?"). */
  refers?: boolean;
}

// Interrogative words, folded: a part asks when one is among its first words…
// (with the chat spellings of the common ones: "wen", "qd", "cmb", "koi", "cdo", "dnd")
const WH: Record<Lang, string[]> = {
  en: ['what', 'whats', 'which', 'who', 'whos', 'whom', 'whose', 'when', 'whens', 'where', 'wheres', 'why', 'how', 'hows', 'wat', 'wen'],
  fr: ['quel', 'quelle', 'quels', 'quelles', 'qui', 'quand', 'ou', 'pourquoi', 'comment', 'combien', 'quoi', "qu'est-ce", 'est-ce'].concat([
    'qd',
    'kan',
    'cmb',
    'cbn',
    'koi',
    'kwa',
    'pk',
    'pq',
  ]),
  es: ['que', 'cual', 'cuales', 'quien', 'quienes', 'cuando', 'donde', 'adonde', 'como', 'cuanto', 'cuanta', 'cuantos', 'cuantas'].concat([
    'cdo',
    'qndo',
    'dnd',
    'kien',
  ]),
};
// French and Spanish also ask with the question word last: "ça sort quand", "c'est combien", "la reunión es dónde".
const WH_LAST: ReadonlySet<Lang> = new Set(['fr', 'es']);
// … or when it opens with a verb that asks (inversion).
const ASKING_VERB: Record<Lang, string[]> = {
  en: ['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'should', 'will', 'would', 'may', 'has', 'have', 'any'],
  fr: ['peut-on', 'doit-on', 'faut-il', 'y', 'est-il', 'existe-t-il', 'a-t-on'],
  es: ['hay', 'existe', 'se'],
};

const OPENING_WORDS = 3;

// "… or is it open?", "… ou pas du tout ?", "… o ya estaba cubierto?": the second half of a yes/no question that offers
// the other answer. What it says is answered with the first half: a side remark, not a second thing to cover.
const OTHER_ANSWER: Record<Lang, RegExp> = {
  en: /\s+or\s+(?=(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have|it|its|it's|they|not|just|maybe)\b)/i,
  fr: /\s+ou\s+(?=(?:pas|non|bien|est-ce|c'est|ça|ca|il|elle|ils|on|alors|si|juste|seulement)\b)/i,
  es: /\s+o\s+(?=(?:no|ya|es|está|esta|estaba|hay|se|solo|sólo|sea|tal|eso|esto)\b)/i,
};

// ", and what role do…", ", et à combien de pays…", ", y en qué fechas…": a second question coordinated after a comma.
// Without the comma ("who and when") the question words share one question.
const PREPOSITIONS: Record<Lang, string> = {
  en: 'in|on|at|for|to|from|by|of|with',
  fr: 'a|de|en|par|pour|dans|sur|avec',
  es: 'a|de|en|por|para|con|desde|hasta',
};
const AND: Record<Lang, string> = { en: 'and|plus', fr: 'et|puis', es: 'y|e' };
// ", and do the GCA guidelines back it?", ", et est-ce que …": a yes/no question coordinated the same way.
const YES_NO: Record<Lang, string> = {
  en: 'do|does|did|is|are|was|were|can|could|should|will|would|has|have',
  fr: "est-ce que|est-ce qu'",
  es: '',
};
const COORDINATED = Object.fromEntries(
  (['en', 'fr', 'es'] as const).map((l) => {
    const asking = [`(?:(?:${PREPOSITIONS[l]})\\s+)?(?:${WH[l].join('|')})\\b`, ...(YES_NO[l] ? [`(?:${YES_NO[l]})\\s`] : [])];
    return [l, new RegExp(`,\\s+(?:${AND[l]})\\s+(?=${asking.join('|')})`, 'g')];
  }),
) as Record<Lang, RegExp>;

const PARALLEL = Object.fromEntries(
  (['en', 'fr', 'es'] as const).map((l) => [l, new RegExp(`\\s+(?:${AND[l]})\\s+(${PREPOSITIONS[l]})\\s`, 'g')]),
) as Record<Lang, RegExp>;

// "¿Cuándo se creó el grupo y dónde celebró su primera reunión?": Spanish writes its question words with an accent and
// its relatives without, so "y" before an accented question word coordinates a second question, comma or not (after a
// clause of a few words: "¿Dónde y cuándo…?" asks one).
const ACCENTED_WH = 'cuál|cuáles|cuándo|dónde|cuánto|cuánta|cuántos|cuántas|quién|quiénes|qué';
const ACCENTED_ASK = new RegExp(
  String.raw`(?<=(?:^|\s)\S+(?:\s+\S+){2,})\s+(?:y|e)\s+(?=(?:(?:a|de|en|por|para|con|hasta)\s+)?(?:${ACCENTED_WH})(?=[\s?,]|$))`,
  'giu',
);

/** A text cut before each question coordinated after a comma, or with an accented Spanish question word (the conjunction dropped). */
function atCoordinated(text: string, lang: Lang): string[] {
  const folded = fold(text);
  if (folded.length !== text.length) return [text];
  const out: string[] = [];
  let start = 0;
  const cuts = [...folded.matchAll(COORDINATED[lang]), ...(lang === 'es' ? text.matchAll(ACCENTED_ASK) : [])];
  for (const m of cuts.sort((a, b) => a.index - b.index)) {
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * A text cut before a second complement that repeats the first's preposition after "and" ("the deadlines for
 * registering and for submitting contributions", "à la fois pour le FG et pour ses travaux", "para el proyecto y para
 * los planes"): two things asked in one question. A later piece is asked with the first one's head ("What are the
 * deadlines for submitting contributions …?"), and marked as continuing it.
 */
function atParallel(text: string, lang: Lang): Array<{ text: string; continues?: boolean }> {
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text }];
  const out: Array<{ text: string; continues?: boolean }> = [];
  let start = 0;
  let head = '';
  for (const m of folded.matchAll(PARALLEL[lang])) {
    const first = new RegExp(`\\b${m[1]}\\s`).exec(folded.slice(start, m.index));
    if (!first) continue;
    if (!out.length) head = text.slice(0, first.index);
    out.push({ text: (out.length ? head : '') + text.slice(start, m.index), ...(out.length ? { continues: true } : {}) });
    start = m.index + m[0].length - m[1].length - 1;
  }
  out.push({ text: (out.length ? head : '') + text.slice(start), ...(out.length ? { continues: true } : {}) });
  return out;
}

/**
 * Splits a message at sentence ends, dashes, semicolons and coordinated questions, and says which parts ask.
 * `statement`: the text is a sentence being checked, not a question: which parts ask is not worked out, and every part
 * is marked as asking, as the parts of a message with no question are.
 */
export function messageParts(message: string, lang: Lang, statement = false): MessagePart[] {
  const pieces = message
    .split(/(?<=[?!])\s+|\s+[-–—]\s+|;\s*|\n+/)
    .flatMap(atPeriods)
    .flatMap((p) => atCoordinated(p, lang))
    .flatMap((p) => atParallel(p, lang))
    .map((p) => ({ ...p, text: p.text.trim() }))
    .filter((p) => /\p{L}|\d/u.test(p.text));
  // The complements of one question ask together: the question mark may close the last of them.
  const asking = pieces.map((p) => statement || asks(p.text, lang));
  for (let i = 1; i < pieces.length; i += 1) if (pieces[i].continues) asking[i] ||= asking[i - 1];
  for (let i = pieces.length - 1; i > 0; i -= 1) if (pieces[i].continues) asking[i - 1] ||= asking[i];
  const parts = pieces.flatMap(({ text }, i) => {
    const [first, ...other] = text.split(OTHER_ANSWER[lang]);
    const part = { text: first, asks: asking[i] };
    return other.length ? [part, { text: other.join(' or '), asks: false }] : [part];
  });
  return parts.some((p) => p.asks) ? parts : parts.map((p) => ({ ...p, asks: true }));
}

/** A text cut after its periods, but not after an abbreviation or before a number ("circ. 67", "Res. 98", "M. Jordan"). */
function atPeriods(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.\s+(?=[^\s\d])/g)) {
    const word = /(\p{L}+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
    if (isAbbreviation(word)) continue;
    out.push(text.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

function asks(text: string, lang: Lang): boolean {
  if (/\?\s*$/.test(text) || /^¿/.test(text)) return true;
  // A colon opens the question after a preamble ("prepping slides on SG17: how many Recs …"), and so does "¿" ("Según
  // la Resolución 210, ¿qué Comisión …").
  const colon = text.indexOf(':');
  if (colon > 0 && asks(text.slice(colon + 1).trim(), lang)) return true;
  if (text.indexOf('¿') > 0) return true;
  // "who's", "what're": a question word with its verb contracted is the question word.
  const words = fold(text)
    .replace(/[¿¡,:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (lang === 'en' ? w.replace(/'(?:s|re|ll|d)$/, '') : w));
  const whLast = WH_LAST.has(lang) && WH[lang].includes(words.at(-1) ?? '') && words.length > 1;
  return words.slice(0, OPENING_WORDS).some((w) => WH[lang].includes(w)) || ASKING_VERB[lang].includes(words[0] ?? '') || whLast;
}

// Words that point back at something named before: "its", "it", "they"; "son", "ça", "il"; "su", "eso".
const BACK: Record<Lang, RegExp> = {
  en: /\b(?:it|its|they|their|them|that)\b/i,
  fr: /(?:^|[\s'’])(?:son|sa|ses|leur|leurs|il|ils|elle|elles|ça|ca)(?=[\s?!.,]|$)/i,
  es: /(?:^|\s)(?:su|sus|él|ella|ellos|ellas|eso|esa|ese|esos|esas)(?=[\s?!.,]|$)/i,
};

/** The part points back at something named before it ("when did its latest survey go out?"). */
export function refersBack(text: string, lang: Lang): boolean {
  return BACK[lang].test(text);
}
