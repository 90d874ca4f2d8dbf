/**
 * What a question demands of the clause that answers it, beyond its topic:
 * the kind of fact asked for (a date, a count, an e-mail address…), the
 * attribute it is about ("which ROOM", "how many MEMBERS", "the BUDGET"),
 * and the constraints it names (years, months, dates, ordinals: "the 2nd
 * meeting", "in July", "for 2026"). A clause on topic that does not meet
 * them is a near miss, not an answer.
 */
import { ALL_TABLES, merged, STRICT_TYPES, table, type AnswerType } from '../lang/index.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { analyzeQuery, isStopWord } from './analyze.ts';
import { messageParts } from './message-parts.ts';

export interface QuestionForm {
  type?: AnswerType;
  /** Indices of the concept groups that only say which kind of fact is wanted ("phone NUMBER", "the DEADLINE"). */
  cue: number[];
  /** Indices of the concept groups that name the attribute asked about. */
  focus: number[];
  years: number[];
  /** Months named without a day: "in July". */
  months: number[];
  /** Day and month named together: "the 17 Sept meeting". */
  dates: Array<{ day: number; month: number }>;
  /** Ordinals other than "first" ("2nd", "deuxième"), with what they qualify. */
  ordinals: number[];
  /** "Who chairs SG20?": the office asked about and the concept groups naming what it is the office of. */
  office?: { role: 'chair' | 'vice-chair'; of: number[] };
  /** "When is the NEXT meeting?": a date later than the document that gives it. */
  upcoming?: true;
  /** "Is there a DRESS CODE for the meeting?": the concept groups of the thing whose existence is asked. */
  exists?: number[];
  /** "Besides SG17, which other SGs…": the concept groups set aside, which the answer is not about. */
  excluded?: number[];
  /** Every kind of fact the question names a cue of ("tel, fax y mail"), `type` the first. */
  kinds?: AnswerType[];
}

// Verbs that make "where" a destination (an address to send to), not a place.
const SENDING =
  /\b(send|submit|mail|forward|email|envoyer|envoie|soumettre|adresser|transmettre|enviar|envio|mando|mandar|remitir|presentar)\b/;
const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/g;
// Nouns that only name the kind of fact ("the phone NUMBER", "the e-mail ADDRESS").
const TYPE_NOUNS = [
  'number',
  'numero',
  'address',
  'adresse',
  'direccion',
  'date',
  'fecha',
  'time',
  'heure',
  'hora',
  'link',
  'lien',
  'enlace',
];
const DO_SUPPORT = new Set(['do', 'does', 'did']);
const BY_MAIL = / (?:par|by|via|por|through) (?:e-?mail|mail|courriel|correo|correspondance|correspondence)\b/;
/** Analysed nouns that name a kind of fact, when a question asks "what are the dates / quelle est l'heure". */
const KIND_NOUNS = new Map<string, AnswerType>(
  (
    [
      ['date', 'date'],
      ['dates', 'date'],
      ['fecha', 'date'],
      ['fechas', 'date'],
      // Deadline words name a date as much as "date" does: "what's the cutoff" asks for a date, no attribute.
      ['deadline', 'date'],
      ['cutoff', 'date'],
      ['delai', 'date'],
      ['echeance', 'date'],
      ['butoir', 'date'],
      ['plazo', 'date'],
      ['time', 'time'],
      ['heure', 'time'],
      ['hora', 'time'],
      ['link', 'url'],
      ['lien', 'url'],
      ['enlace', 'url'],
      ['url', 'url'],
      ['figure', 'count'],
      ['figures', 'count'],
      ['chiffre', 'count'],
      ['chiffres', 'count'],
      ['cifra', 'count'],
      ['cifras', 'count'],
    ] as const
  ).flatMap(([word, type]) => (['en', 'fr', 'es'] as const).flatMap((l) => analyzeQuery(word, l).map((t) => [t.term, type] as const))),
);
const PREPOSITIONS = new Set(
  'in on at for of to from by with about into en de dans pour par sur a avec du des con por para desde sobre del al'.split(' '),
);
// Words that point back at something named before ("which ones", "lequel"), or at anyone ("how many people"): no
// attribute a clause must name ("160 participants" answers "how many people").
const POINTING = new Set(
  'one ones it them those these that lequel laquelle lesquels cual cuales people persons ppl personnes gens personas gente'.split(' '),
);
// Counts are not attributes: "which two documents" asks about documents.
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'deux', 'trois', 'quatre', 'cinq', 'dos', 'tres', 'cuatro', 'cinco']);
const COUNTED_KIND = new RegExp(
  ` (which|what|quel|quels|quelle|quelles|cual|cuales|que) (?:${[...NUMBER_WORDS].join('|')}|\\d+)(?= )`,
  'g',
);
const AUXILIARY = new Set(['is', 's', 'are', 'was', 'were', 'be', 'est', 'sont', 'etait', 'es', 'son', 'era', 'fue', 'do', 'does', 'did']);

export function questionForm(question: string, lang: Lang, groups: TermGroup[]): QuestionForm {
  const asking = messageParts(question, lang)
    .filter((p) => p.asks)
    .map((p) => p.text)
    .join(' ');
  // Elisions go ("l'url" → "url"), as analysis does.
  const folded = ` ${fold(asking)
    .replace(ELISION, ' ')
    .replace(/[^a-z0-9'/.\s-]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  // "Which FOUR countries" asks what "which countries" asks: the count says how many, not what kind.
  const uncounted = folded.replace(COUNTED_KIND, ' $1');
  const cues = table(lang).answerCues.filter(([cue]) => uncounted.includes(` ${cue} `));
  const matched = cues.at(0);
  let type = matched?.[1];
  if (type === 'place' && SENDING.test(folded)) type = 'email';
  // "Does the group work by mail?": e-mail as the means, not an address asked for.
  if (type === 'email' && BY_MAIL.test(folded)) type = undefined;
  // "Qui a le droit d'intégrer le groupe ?": the members allowed, a class ("les organisations participant …"), not a name.
  if (type === 'person' && table(lang).eligibilityCues.some((c) => folded.includes(` ${c} `))) type = undefined;
  // For a kind of fact the clause must hold (a number, an address), the words naming it are answered by the fact itself.
  const strict = type !== undefined && STRICT_TYPES.has(type);
  const cueTerms = new Set(
    strict ? [...analyzeQuery(matched![0], lang), ...TYPE_NOUNS.flatMap((w) => analyzeQuery(w, lang))].map((t) => t.term) : [],
  );
  const cue = groups.flatMap((g, i) => (g.original.length && g.original.every((t) => cueTerms.has(t)) ? [i] : []));
  const office = officeOf(folded, lang, groups);
  const upcoming = (type === 'date' || type === 'time') && table(lang).upcomingCues.some((c) => folded.includes(` ${c} `));
  const exists = existenceGroups(folded, lang, groups);
  const excluded = excludedGroups(asking, lang, groups);
  // "What were the DATES of it?": a focus that names a kind of fact is that kind of fact, not an attribute to find.
  let focus = focusGroups(folded, lang, groups, accentedQue(asking)).filter((g) => !cue.includes(g));
  // ("where and on what DATES…": a second kind of fact asked for, not an attribute either.)
  const named = focus.find((g) => KIND_NOUNS.has(groups[g].original.join(' ')));
  if (named !== undefined) {
    type ??= KIND_NOUNS.get(groups[named].original.join(' '));
    focus = focus.filter((g) => g !== named);
    cue.push(named);
  }
  const kinds = [...new Set([type, ...cues.map(([, kind]) => kind)].filter((k): k is AnswerType => k !== undefined))];
  return {
    type,
    cue,
    focus,
    ...(kinds.length > 1 ? { kinds } : {}),
    ...constraints(folded),
    ...(office ? { office } : {}),
    ...(upcoming ? { upcoming: true as const } : {}),
    ...(exists.length ? { exists } : {}),
    ...(excluded.length ? { excluded } : {}),
  };
}

/** "Who chairs SG20?", "qui préside la CE 17 ?": the office, and the groups of what follows the cue. */
function officeOf(folded: string, lang: Lang, groups: TermGroup[]): QuestionForm['office'] {
  const found = table(lang).officeCues.find(([cue]) => folded.includes(` ${cue} `));
  if (!found) return undefined;
  const [cue, role] = found;
  const rest = new Set(analyzeQuery(folded.slice(folded.indexOf(` ${cue} `) + cue.length + 1), lang).map((t) => t.term));
  const of = groups.flatMap((g, i) => (g.original.length && g.original.every((t) => rest.has(t)) ? [i] : []));
  return of.length ? { role, of } : undefined;
}

/** "Is there a dress code for…": the groups of the (at most two) content words after the opener, up to a stop word. */
function existenceGroups(folded: string, lang: Lang, groups: TermGroup[]): number[] {
  const opener = table(lang).existenceOpeners.find((o) => folded.startsWith(` ${o} `) || folded.includes(` ${o} `));
  if (!opener) return [];
  const words = folded
    .slice(folded.indexOf(` ${opener} `) + opener.length + 2)
    .trim()
    .split(' ');
  let i = 0;
  while (i < words.length && isStopWord(words[i])) i += 1;
  const found: number[] = [];
  for (; i < words.length && found.length < 2 && !isStopWord(words[i]); i += 1) {
    const g = groupOf(words[i], lang, groups);
    if (g >= 0 && !found.includes(g)) found.push(g);
  }
  return found;
}

/** "Besides SG17, …", "à part la CE 17 …": the group of the first content word after a cue that sets something aside. */
function excludedGroups(asking: string, lang: Lang, groups: TermGroup[]): number[] {
  const folded = ` ${fold(asking)
    .replace(/[^a-z0-9'/.\s-]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const cue = table(lang).exclusionCues.find((c) => folded.includes(` ${c} `));
  if (!cue) return [];
  const g = groupOf(folded.slice(folded.indexOf(` ${cue} `) + cue.length + 2), lang, groups);
  return g >= 0 ? [g] : [];
}

/** For each "que" of the text in order, whether it was written "qué". */
function accentedQue(text: string): boolean[] {
  return [...text.toLowerCase().matchAll(/(?<!\p{L})qu[eé](?!\p{L})/gu)].map((m) => m[0] === 'qué');
}

// Spanish "que" is the conjunction ("hay que avisar") unless written "qué", or opening the question or a preposition's object.
const BEFORE_INTERROGATIVE_QUE = new Set(['a', 'de', 'en', 'con', 'por', 'para', 'sobre', 'y']);

/** The concept right after an opener ("which room", "how many members", "quel est le budget"). */
function focusGroups(folded: string, lang: Lang, groups: TermGroup[], accented: boolean[]): number[] {
  const words = folded.trim().split(' ');
  const openers = table(lang).focusOpeners.filter((o) => !['the', 'le', 'la', 'les', 'el', 'los', 'las'].includes(o));
  const found = new Set<number>();
  let que = -1;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] === 'que') que += 1;
    const opener = openers.find((o) => words.slice(i, i + o.split(' ').length).join(' ') === o);
    if (!opener) continue;
    if (lang === 'es' && opener === 'que' && !accented[que] && i > 0 && !BEFORE_INTERROGATIVE_QUE.has(words[i - 1])) continue;
    // Deep in a sentence, "what" / "which" opens a relative clause ("report what it has done"), not the question,
    // unless a preposition or a sentence end comes right before it ("in which city", "… thanks. which one").
    if (i >= 4 && !PREPOSITIONS.has(words[i - 1]) && !/\.$/.test(words[i - 1])) continue;
    let j = i + opener.split(' ').length;
    // "what do the two documents say": the words after "do" are the subject of a verb, not an attribute asked about.
    if (DO_SUPPORT.has(words[j] ?? '')) continue;
    while (j < words.length && (AUXILIARY.has(words[j]) || isStopWord(words[j]) || NUMBER_WORDS.has(words[j]))) j += 1;
    if (POINTING.has(words[j] ?? '')) continue;
    // "What IS the …": a copula between the opener and the word ("which two documents set it up" has none).
    const skipped = words.slice(i + opener.split(' ').length, j).some((w) => AUXILIARY.has(w));
    const group = groupOf(words[j], lang, groups);
    if (group < 0) continue;
    found.add(group);
    // "What's the meeting ID", "what is the registration fee": an English noun compound after "is the" is asked whole,
    // its head last. After "which" the next word is the verb ("which SG handles …").
    if (lang === 'en' && skipped) for (const g of compoundAfter(words, j, groups)) found.add(g);
  }
  return [...found];
}

/**
 * The concept a word of the question belongs to (-1 if none): the concept that is the word itself before a longer one
 * holding it ("cuántos países" → "pais", not the preamble's "pais desarroll").
 */
function groupOf(word: string | undefined, lang: Lang, groups: TermGroup[]): number {
  const term = word ? analyzeQuery(word, lang)[0]?.term : undefined;
  const exact = term ? groups.findIndex((g) => g.original.length === 1 && g.original[0] === term) : -1;
  return exact >= 0 || !term ? exact : groups.findIndex((g) => g.original.includes(term));
}

/** Below this general-language specificity a word is an everyday one (question-form's only use of specificity). */
const EVERYDAY = 0.3;

/** The concepts of the words that continue a noun compound from word j ("meeting" → "id"), up to three words in all. */
function compoundAfter(words: string[], j: number, groups: TermGroup[]): number[] {
  const out: number[] = [];
  for (let k = j + 1; k < j + 3 && k < words.length; k += 1) {
    if (!/^[a-z0-9-]+$/.test(words[k]) || isStopWord(words[k]) || AUXILIARY.has(words[k])) break;
    const group = groupOf(words[k], 'en', groups);
    // An everyday word ends it: "the jcg objectives AGAIN" (an adverb, not a noun of the compound).
    if (group < 0 || (groups[group].specificity ?? 1) < EVERYDAY) break;
    out.push(group);
  }
  return out;
}

const MONTHS = merged((t) => t.months);
const ORDINALS = merged((t) => t.ordinals);
// Month words that are everyday words too ("may", "mars", "sept"): a month only next to a day, a year or "in/en/de".
const AMBIGUOUS_MONTHS = new Set(ALL_TABLES.flatMap((t) => t.ambiguousMonths));

function constraints(folded: string): Omit<QuestionForm, 'type' | 'focus' | 'cue'> {
  const words = folded.trim().split(' ');
  const years = [...folded.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  const months: number[] = [];
  const dates: Array<{ day: number; month: number }> = [];
  words.forEach((w, i) => {
    const month = MONTHS.get(w.replace(/\.$/, ''));
    if (month === undefined) return;
    // "17 sept" and, in English order, "sept 17" / "sept 17th" (not "sept 2025").
    const before = /^\d{1,2}(er)?$/.test(words[i - 1] ?? '') ? Number(words[i - 1].replace('er', '')) : undefined;
    const after = /^\d{1,2}(st|nd|rd|th)?$/.test(words[i + 1] ?? '') ? Number(/^\d+/.exec(words[i + 1])![0]) : undefined;
    const day = before ?? after;
    const year = /^(19|20)\d\d$/.test(words[i + 1] ?? '');
    const introduced = ['in', 'en', 'de', 'del', 'during', 'pendant', 'durante', 'for', 'pour', 'para'].includes(words[i - 1] ?? '');
    if (day !== undefined && day >= 1 && day <= 31) dates.push({ day, month });
    else if (year || introduced || !AMBIGUOUS_MONTHS.has(w)) months.push(month);
  });
  // "the 2nd meeting" constrains the answer; "the second one" (a follow-up pointing back) does not.
  const ordinals = words.flatMap((w, i) => {
    const digits = /^(\d{1,2})(st|nd|rd|th|e|eme|er|re|o|a)$/.exec(w);
    const n = digits ? Number(digits[1]) : ORDINALS.get(w);
    const pointing = ['one', 'ones', 'un', 'une', 'uno', 'una', 'of', 'de', 'del', 'des'].includes(words[i + 1] ?? 'one');
    // "September 17th" is a date's day, read with the date; "on the 17th", in digits above 12, a day of the month.
    const day = MONTHS.has((words[i - 1] ?? '').replace(/\.$/, '')) || (digits !== null && Number(digits[1]) > 12);
    return n !== undefined && n >= 2 && !pointing && !day ? [n] : [];
  });
  return { years, months, dates, ordinals };
}
