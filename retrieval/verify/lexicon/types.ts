/**
 * The words the fact extractor and the polarity check read, one table per
 * language. Every form is folded (lower case, no accents: see text.ts `fold`).
 */
export interface Lexicon {
  /** Month names and abbreviations → 1..12. Ambiguous short forms ("may", "mar") are only read next to a number. */
  months: Record<string, number>;
  /** Month forms that are ordinary words too: read as a month only beside a day or a year. */
  ambiguousMonths: string[];
  /** Cardinal number words → value (compounds such as "twenty-six" are built from these). */
  numbers: Record<string, number>;
  /** Ordinal words → rank. */
  ordinals: Record<string, number>;
  /** Scale words after a number: "50 bn", "2 millions". */
  scales: Record<string, number>;
  /** Words that say "about", "more than", "new": skipped when looking for what a number counts. */
  countFillers: string[];
  /** Negation cues as regular expression sources over folded text. */
  negations: string[];
  /** Phrases that look negative and are not ("no later than", "not only"). */
  notNegations: string[];
  /** Modal cues by class. */
  modals: { permission: string[]; obligation: string[]; recommendation: string[]; voluntary: string[] };
  /** Role words: what an entity or person is or does in a clause ("chair", "responsible"). */
  roles: Record<string, string[]>;
  /** Words that distribute a list over another ("respectively"). */
  respectively: string[];
  /** Person titles written before a name. */
  titles: string[];
}
