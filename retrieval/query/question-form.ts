/**
 * What a question demands of the clause that answers it, beyond its topic:
 * the kind of fact asked for (a date, a count, an e-mail address…), the
 * attribute it is about ("which ROOM", "how many MEMBERS", "the BUDGET"),
 * and the constraints it names (years, months, dates, ordinals: "the 2nd
 * meeting", "in July", "for 2026"). A clause on topic that does not meet
 * them is a near miss, not an answer.
 */
import { STRICT_TYPES, table, type AnswerType } from '../lang/index.ts';
import { placesNamedBesidesAsked } from '../facts/places.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { analyzeQuery, isStopWord } from './analyze.ts';
import { messageParts } from './message-parts.ts';
import { asksRecipients } from './recipients.ts';
import { constraints, firstOf } from './question-constraints.ts';
import { deadlineFocus } from './deadline-object.ts';
import { cueGroups, ownCues } from './kind-cues.ts';
import {
  SENDING,
  ELISION,
  DO_SUPPORT,
  BY_MAIL,
  NOT_A_LINK,
  NOT_A_CALL,
  POSSESSOR,
  KIND_NOUNS,
  PREPOSITIONS,
  CONTENT,
  POINTING,
  NUMBER_WORDS,
  COUNTED_KIND,
  COUNTED_PLACES,
  SUBORDINATING_WH,
  DAY_WANTED,
  PERSON_OFFICES,
  BEFORE_FOCUS,
  OR,
  PLURAL_COUNT,
  AUXILIARY,
  BEFORE_INTERROGATIVE_QUE,
  ARTICLES_ES,
  accentedQue,
} from '../lang/form-words.ts';

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
  /** "Which DAYS was it?": a date to the day; a month or a year is no answer. */
  toTheDay?: true;
  /** "Which FOUR countries?": places the question counts are named ones; a group of countries is no answer. */
  namedPlaces?: true;
  /** "Who is the BDT DIRECTOR?": an office only a person holds; a clause naming the office and no one is no answer. */
  namedPerson?: true;
  recipients?: true; // "Who was circ 67 addressed to?": a letter's recipients, which its addressee list gives.
  /** "Is there a DRESS CODE for the meeting?": the concept groups of the thing whose existence is asked. */
  exists?: number[];
  /** "Besides SG17, which other SGs…": the concept groups set aside, which the answer is not about. */
  excluded?: number[];
  /** Every kind of fact the question names a cue of ("tel, fax y mail"), `type` the first. */
  kinds?: AnswerType[];
  /** "The FIRST meeting": what "first" qualifies, as the terms of each way to write it (a report of the second meeting is
   * no answer). */
  first?: string[][];
  /** The places the question itself names (keys of `placesNamed`): a clause that only repeats them names no place asked for. */
  places?: string[];
  /** "Which ORGANISATION OR UNIVERSITY": per focus group, the groups coordinated with it by "or"; any one of them will do. */
  either?: Record<number, number[]>;
}

/** A focus group with the groups "or" joins to it: a clause naming any one of them names the attribute asked about. */
export function focusOptions(form: QuestionForm, group: number): number[] {
  return [group, ...(form.either?.[group] ?? [])];
}

export function questionForm(question: string, lang: Lang, groups: TermGroup[]): QuestionForm {
  const asking = messageParts(question, lang).filter((p) => p.asks).map((p) => p.text).join(' ');
  const folded = foldAsking(asking).replace(NOT_A_LINK, ' liaison').replace(NOT_A_CALL, ' alerter');
  // "Which FOUR countries" asks what "which countries" asks: the count says how many, not what kind.
  const uncounted = folded.replace(COUNTED_KIND, ' $1').replace(SUBORDINATING_WH, ' ');
  const cues = table(lang).answerCues.filter(([cue]) => uncounted.includes(` ${cue} `));
  const matched = cues.at(0);
  // "Which FOUR countries" asks for places even with no cue of its own, and for named ones (`namedPlaces`).
  const countedPlaces = COUNTED_PLACES.test(folded);
  let type = matched?.[1] ?? (countedPlaces ? ('place' as const) : undefined);
  if (type === 'place' && SENDING.test(folded)) type = 'email';
  // "Does the group work by mail?": e-mail as the means, not an address asked for.
  if (type === 'email' && BY_MAIL.test(folded)) type = undefined;
  // "Qui a le droit d'intégrer le groupe ?", "who was it sent to?": the members allowed, a letter's addressees, classes.
  const eligible = table(lang).eligibilityCues.some((c) => folded.includes(` ${c} `));
  const recipients = asksRecipients(asking, lang);
  if (type === 'person' && (eligible || recipients)) type = undefined;
  const cue = type !== undefined && STRICT_TYPES.has(type) ? cueGroups(matched![0], cues, lang, groups) : [];
  const { office, namedPerson } = officeForm(folded, lang, groups, type);
  const upcoming = (type === 'date' || type === 'time') && table(lang).upcomingCues.some((c) => folded.includes(` ${c} `));
  const exists = existenceGroups(folded, lang, groups);
  const excluded = excludedGroups(asking, lang, groups);
  // "What were the DATES of it?": a focus that names a kind of fact is that kind of fact, not an attribute to find.
  const either: Record<number, number[]> = {};
  let focus = focusGroups(folded, lang, groups, accentedQue(asking), either).filter((g) => !cue.includes(g));
  // ("where and on what DATES…": a second kind of fact asked for, not an attribute either.)
  const named = focus.find((g) => KIND_NOUNS.has(groups[g].original.join(' ')));
  if (named !== undefined) {
    type ??= KIND_NOUNS.get(groups[named].original.join(' '));
    focus = focus.filter((g) => g !== named);
    cue.push(named);
  }
  // "The deadline FOR FELLOWSHIPS": what a deadline is for is the attribute asked about, any of its words.
  if (!focus.length) focus = deadlineFocus(folded, cues, lang, cue, (w) => groupOf(w, lang, groups), either);
  const kinds = [...new Set([type, ...ownCues(uncounted, cues).map(([, kind]) => kind)].filter((k): k is AnswerType => k !== undefined))];
  const toTheDay = type === 'date' && DAY_WANTED.test(folded);
  const places = placesNamedBesidesAsked(question, lang);
  const first = firstOf(folded, groups, (word) => groupOf(word, lang, groups));
  return {
    type,
    cue,
    focus,
    ...(kinds.length > 1 ? { kinds } : {}),
    ...constraints(folded),
    ...(office ? { office } : {}),
    ...(upcoming ? { upcoming: true as const } : {}),
    ...(toTheDay ? { toTheDay: true as const } : {}),
    ...(type === 'place' && countedPlaces ? { namedPlaces: true as const } : {}),
    ...(namedPerson ? { namedPerson: true as const } : {}),
    ...(recipients ? { recipients: true as const } : {}),
    ...(exists.length ? { exists } : {}),
    ...(excluded.length ? { excluded } : {}),
    ...(focus.some((g) => either[g]) ? { either } : {}),
    ...(places.length ? { places } : {}),
    ...(first.length ? { first } : {}),
  };
}

const personOffices = new Map<Lang, RegExp>();

/** An office only a person holds, as a question writes it: shared or plural too ("the co-convenors", "los relatores"). */
function personOffice(lang: Lang): RegExp {
  let pattern = personOffices.get(lang);
  if (!pattern) {
    const offices = PERSON_OFFICES[lang].map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // A plural after its article: "who CHAIRS SG17" is a verb.
    const plural = `(?:the|its|their|les|des|ses|leurs|los|las|sus) (?:co-?)?(?:${offices})(?:e?s)`;
    personOffices.set(lang, (pattern = new RegExp(` (?:(?:co-?)?(?:${offices})|${plural}) `)));
  }
  return pattern;
}

/**
 * "Who chairs SG20?", "qui préside la CE 17 ?": the office, and the groups of what follows the cue; and whether the
 * question asks for an office only a person holds, read up to the end of an office cue (the whole question without
 * one): "who chairs the group the Secretary-General is to create?" asks for the chair, who may be an office holder.
 */
function officeForm(folded: string, lang: Lang, groups: TermGroup[], type?: AnswerType) {
  const found = table(lang).officeCues.find(([cue]) => folded.includes(` ${cue} `));
  const end = found ? folded.indexOf(` ${found[0]} `) + found[0].length + 1 : folded.length;
  const namedPerson = type === 'person' && personOffice(lang).test(folded.slice(0, end + 1));
  if (!found) return { namedPerson };
  const rest = new Set(analyzeQuery(folded.slice(end), lang).map((t) => t.term));
  const of = groups.flatMap((g, i) => (g.original.length && g.original.every((t) => rest.has(t)) ? [i] : []));
  return { namedPerson, ...(of.length ? { office: { role: found[1], of } } : {}) };
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

// Bare "que" past the start: the conjunction ("hay que avisar"), unless a preposition's object before a bare noun.
const conjunctionQue = (w: string[], i: number) => i > 0 && (!BEFORE_INTERROGATIVE_QUE.has(w[i - 1]) || ARTICLES_ES.has(w[i + 1] ?? ''));
/** The asking text folded, elisions gone ("l'url" → "url"), as analysis does. */
function foldAsking(asking: string): string {
  // "who's", "what's": the question word and its verb ("who is"), as the cues are written.
  const plain = fold(asking).replace(/\b(who|what|where|when|which|how)'(s|re)\b/g, (_, wh: string, v: string) =>
    v === 's' ? `${wh} is` : `${wh} are`,
  );
  // "combien d'inscrits" is "combien de" before the elision goes.
  const marked = plain.replace(/\b(combien|nombre) d'/g, '$1 de ');
  return ` ${marked
    .replace(ELISION, ' ')
    .replace(/[^a-z0-9'/.\s-]/g, ' ')
    .replace(/\s+/g, ' ')} `;
}

/** Openers that ask for a number of something wherever they stand. */
const COUNTING_OPENERS = new Set(['number of', 'nombre de', 'numero de']);

/** The concept right after an opener ("which room", "how many members", "quel est le budget"). */
function focusGroups(folded: string, lang: Lang, groups: TermGroup[], accented: boolean[], either: Record<number, number[]>): number[] {
  const words = folded.trim().split(' ');
  const openers = table(lang).focusOpeners.filter((o) => !['the', 'le', 'la', 'les', 'el', 'los', 'las'].includes(o));
  const found = new Set<number>();
  let que = -1;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] === 'que') que += 1;
    const opener = openers.find((o) => words.slice(i, i + o.split(' ').length).join(' ') === o);
    if (!opener) continue;
    // (A bare "que" after the question's own opener is the conjunction: "en qué países … pa(ra) que opinen".)
    if (lang === 'es' && opener === 'que' && !accented[que] && (conjunctionQue(words, i) || found.size > 0)) continue;
    // Deep in a sentence, "what" / "which" opens a relative clause ("report what it has done"), not the question,
    // unless a preposition or a sentence end comes right before it ("in which city", "… thanks. which one").
    // ("number of", "nombre de" open no relative clause: "what is the fax number OF the sg20 chair".)
    if (i >= 4 && !COUNTING_OPENERS.has(opener) && !PREPOSITIONS.has(words[i - 1]) && !/\.$/.test(words[i - 1])) continue;
    let j = i + opener.split(' ').length;
    // "what do the two documents say": the words after "do" are the subject of a verb, not an attribute asked about.
    if (DO_SUPPORT.has(words[j] ?? '')) continue;
    // ("Which ONE gets my contribution": "one" points back at what was named; it is no count to skip.)
    const skippable = (w: string) =>
      AUXILIARY.has(w) || isStopWord(w) || BEFORE_FOCUS.has(w) ||
      (NUMBER_WORDS.has(w) && !POINTING.has(w)) || /^\d+$/.test(w) || POSSESSOR.test(w);
    while (j < words.length && skippable(words[j])) j += 1;
    if (POINTING.has(words[j] ?? '') || CONTENT.has(words[j] ?? '')) continue;
    // "How many OF THEM were attributed …": what is counted was named before; the verb after it is no attribute.
    const skippedWords = words.slice(i + opener.split(' ').length, j);
    if (skippedWords.some((w, k) => POINTING.has(w) && OF_WORDS.has(skippedWords[k - 1] ?? ''))) continue;
    // "¿Cuántos llevaba organizados?": the counted noun, plural after "cuántos", is left unsaid; a verb is no attribute.
    if (lang === 'es' && PLURAL_COUNT.has(opener) && !/s$/.test(words[j] ?? '')) continue;
    // "What IS the …": a copula between the opener and the word ("which two documents set it up" has none).
    const skipped = words.slice(i + opener.split(' ').length, j).some((w) => AUXILIARY.has(w));
    const group = groupOf(words[j], lang, groups);
    if (group < 0) continue;
    found.add(group);
    // "De qué organización o universidad": either noun is the attribute asked about.
    const other = OR.has(words[j + 1] ?? '') ? groupOf(words[j + 2], lang, groups) : -1;
    if (other >= 0 && other !== group) either[group] = [other];
    // "What's the meeting ID", "what is the registration fee", "how many ITU regions": an English noun compound after
    // "is the" or a count is asked whole, its head last. After "which" the next word is the verb ("which SG handles …").
    // (After a count the verb comes next: "how many countries REPLIED", "… ATTENDED".)
    const verb = (w: string) => opener === 'how many' && /(?:ed|ing)$/.test(w);
    if (lang === 'en' && (skipped || opener === 'how many')) for (const g of compoundAfter(words, j, groups, verb)) found.add(g);
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

/** "Of them", "d'entre eux", "de ellos": the preposition before a word pointing back. */
const OF_WORDS = new Set(['of', 'among', 'de', 'parmi', 'entre']);

/** Below this general-language specificity a word is an everyday one (question-form's only use of specificity). */
const EVERYDAY = 0.3;

/** The concepts of the words that continue a noun compound from word j ("meeting" → "id"), up to three words in all. */
function compoundAfter(words: string[], j: number, groups: TermGroup[], ends = (_w: string) => false): number[] {
  const out: number[] = [];
  for (let k = j + 1; k < j + 3 && k < words.length; k += 1) {
    if (!/^[a-z0-9-]+$/.test(words[k]) || isStopWord(words[k]) || AUXILIARY.has(words[k]) || ends(words[k])) break;
    const group = groupOf(words[k], 'en', groups);
    // An everyday word ends it: "the jcg objectives AGAIN" (an adverb, not a noun of the compound).
    if (group < 0 || (groups[group].specificity ?? 1) < EVERYDAY) break;
    out.push(group);
  }
  return out;
}
