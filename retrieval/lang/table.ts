/**
 * The words each supported language uses: for dates and numbers, negation
 * and modality, roles and titles (what facts are read with), and for the
 * kinds of answer a question asks for and how answers read. One table per
 * language (en.ts, fr.ts, es.ts), read by the query, answer and
 * verification stages alike. Matching forms are folded (lower case, no
 * accents: see text.ts `fold`).
 */
import type { Lang } from '../types.ts';

/** What a question asks for, when it asks for a typed fact. */
export type AnswerType =
  | 'date'
  | 'time'
  | 'duration'
  | 'count'
  | 'amount'
  | 'email'
  | 'url'
  | 'phone'
  | 'fax'
  | 'person'
  | 'place'
  | 'recommendation'
  | 'document';

/** Kinds of fact that, found in a clause, are evidence in themselves (names, places and documents are not: they need no form). */
export const STRICT_TYPES: ReadonlySet<AnswerType> = new Set([
  'date',
  'time',
  'duration',
  'count',
  'amount',
  'email',
  'url',
  'phone',
  'fax',
]);

/** Cues of one kind, in order: `...cues('email', ['courriel', 'mail'])`, `...cues('chair', ['quien preside'])`. */
export function cues<T extends string>(kind: T, words: string[]): Array<[string, T]> {
  return words.map((w) => [w, kind]);
}

/** "Who is the X of", "who are the Xs of": every opener before every word of each office. */
export function officeCues(openers: string[], offices: Record<Office, string[]>): Array<[string, Office]> {
  const entries = Object.entries(offices) as Array<[Office, string[]]>;
  return entries.flatMap(([office, words]) => words.flatMap((w) => openers.map((o): [string, Office] => [`${o} ${w} of`, office])));
}
type Office = 'chair' | 'vice-chair';

export interface LanguageTable {
  lang: Lang;
  /** Month names as written, January first (lower case, accents kept): what dates are shown with. */
  monthNames: string[];
  /**
   * Phrases that ask for a typed answer, folded (lower case, no accents),
   * most specific first: the first that a question contains decides.
   */
  answerCues: Array<[string, AnswerType]>;
  /** Words that introduce the thing asked about: "which X", "how many X". */
  focusOpeners: string[];
  /** Words that ask for a coming event ("the NEXT meeting"), folded: its date must be later than the document that gives it. */
  upcomingCues: string[];
  /** "Who can join …?": who MAY do something asks for a class of members (organisations, States), not a person. */
  eligibilityCues: string[];
  /** Phrases that ask whether something exists ("is there", "y a-t-il", "hay"), folded: what follows is the thing asked about. */
  existenceOpeners: string[];
  /** Phrases that set something aside ("besides", "à part", "aparte de"), folded: what follows is not what is asked for. */
  exclusionCues: string[];
  /** Phrases that ask who holds an office of something ("who chairs", "qui préside"), folded, with the office (a key of `roles`). */
  officeCues: Array<[string, 'chair' | 'vice-chair']>;
  /** How a date reads in the language. */
  formatDate(day: number | undefined, month: number, year: number | undefined): string;
  /** How a year placed early, mid or late reads ("early 2026", "début 2026"). */
  formatPeriod(part: 'early' | 'mid' | 'late' | undefined, year: number): string;
  /** Fixed sentences of the direct answer line. */
  answerLine: { answer: string; notStated: (type: AnswerType) => string };
  /** Names of answer types, for "no … is stated". */
  typeNames: Record<AnswerType, string>;
  /** Month names and abbreviations → 1..12. Ambiguous short forms ("may", "mar") are only read next to a number. */
  months: Record<string, number>;
  /** Month forms that are ordinary words too: read as a month only beside a day or a year. */
  ambiguousMonths: string[];
  /** Cardinal number words → value (compounds such as "twenty-six" are built from these). */
  numbers: Record<string, number>;
  /** Number words that are pronouns or articles too ("one", "un", "uno"): numbers only inside a compound ("twenty-one", "vingt et un"). */
  compoundUnits: Record<string, number>;
  /** "And": joins the parts of a compound number ("vingt et un", "treinta y cinco") and the names of a list ("M. X, …, et M. Y"). */
  conjunctions: string[];
  /** "Per cent" written out ("pour cent", "por ciento"): the sign of the number before it, not a number of its own. */
  percentWords: string[];
  /** Ordinal words → rank. */
  ordinals: Record<string, number>;
  /** Scale words after a number: "50 bn", "2 millions". */
  scales: Record<string, number>;
  /** Words that say "about", "more than", "new": skipped when looking for what a number counts. */
  countFillers: string[];
  /** Phrases before a number that bound it ("more than 160", "moins de 160"), folded. */
  numberBounds: { min: string[]; max: string[] };
  /** Phrases before a year or month that place a time in it ("early 2026", "fin septembre"), folded. */
  periodParts: { early: string[]; mid: string[]; late: string[] };
  /** Words that open a relative or added clause ("which", "dont", "cuyo"): where a sentence's parts are cut. */
  partOpeners: string[];
  /** How often, per unit of time: regular expression sources over folded text ("annual", "par an", "cada mes"). */
  frequencies: Record<'year' | 'month' | 'week' | 'day', string[]>;
  /** Restriction cues ("only", "uniquement", "ne … que", "solo"), regular expression sources over folded text: a claim of exclusivity. */
  restrictions: string[];
  /** Negation cues as regular expression sources over folded text. */
  negations: string[];
  /** Phrases that look negative and are not ("no later than", "without delay"). */
  notNegations: string[];
  /**
   * A restriction denied ("not solely", "pas uniquement", "no solo"): an addition, neither a denial nor an "only"; and a
   * restriction to what is little already ("only limited resources"), which restricts nothing.
   */
  deniedRestrictions: string[];
  /** Verbs of avoiding or preventing ("avoid", "éviter", "evitar"): "avoid any duplication" says there is to be none. */
  avoidances: string[];
  /** Modal cues by class. */
  modals: {
    permission: string[];
    obligation: string[];
    recommendation: string[];
    voluntary: string[];
    /** Left to the holder's judgement: "if it deems it useful", "si elle le juge utile", "a su discreción". */
    discretion: string[];
  };
  /** Role words: what an entity or person is or does in a clause ("chair", "responsible"). */
  roles: Record<string, string[]>;
  /** Words that distribute a list over another ("respectively"). */
  respectively: string[];
  /** Words that introduce the agent of a passive ("désignés par les CE 17 et 20"): the agent does not hold a role word that follows. */
  agents: string[];
  /** Before a role whose holder follows it: "sous la responsabilité de la CE 20", "under the chairmanship of". */
  heldUnder: string[];
  /** Copulas and "as", which say what a holder is: "SG20 is a co-convenor", "Les Coresponsables … sont M. X", "en tant que". */
  copulas: string[];
  /** Words that may stand around a copula between a holder and its role: articles and possessives ("is a", "sont les"). */
  roleLinks: string[];
  /** Person titles written before a name. */
  titles: string[];
}
