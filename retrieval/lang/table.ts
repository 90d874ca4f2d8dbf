/**
 * The words each supported language uses for dates, numbers and the kinds
 * of answer a question asks for: one table per language (en.ts, fr.ts,
 * es.ts), read by the query, answer and verification stages alike.
 */
import type { Lang } from '../types.ts';

/** What a question asks for, when it asks for a typed fact. */
export type AnswerType = 'date' | 'time' | 'count' | 'amount' | 'email' | 'url' | 'phone' | 'fax' | 'person' | 'place' | 'recommendation' | 'document';

/** Kinds of fact that, found in a clause, are evidence in themselves (names, places and documents are not: they need no form). */
export const STRICT_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'time', 'count', 'amount', 'email', 'url', 'phone', 'fax']);

export interface LanguageTable {
  lang: Lang;
  /** Month names, January first, lower case with accents. */
  months: string[];
  /** Other spellings and abbreviations of months (lower case, no trailing dot) → month 1–12. */
  monthForms: Record<string, number>;
  /** Number words → value ("one" → 1, "vingt" → 20). */
  numberWords: Record<string, number>;
  /** Ordinal words → value ("first" → 1, "deuxième" → 2). */
  ordinals: Record<string, number>;
  /**
   * Phrases that ask for a typed answer, folded (lower case, no accents),
   * most specific first: the first that a question contains decides.
   */
  answerCues: Array<[string, AnswerType]>;
  /** Words that introduce the thing asked about: "which X", "how many X". */
  focusOpeners: string[];
  /** How a date reads in the language. */
  formatDate(day: number | undefined, month: number, year: number | undefined): string;
  /** Fixed sentences of the direct answer line. */
  answerLine: { answer: string; notStated: (type: AnswerType) => string };
  /** Names of answer types, for "no … is stated". */
  typeNames: Record<AnswerType, string>;
}

