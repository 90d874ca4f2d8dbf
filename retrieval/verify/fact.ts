/**
 * The shape of a hard fact: what a sentence states that must be found, as
 * such, in the body of the clause it cites.
 */
export type FactKind =
  | 'number'
  | 'ordinal'
  | 'date'
  | 'month'
  | 'year'
  | 'time'
  | 'sg'
  | 'wp'
  | 'question'
  | 'res'
  | 'rec'
  | 'code'
  | 'email'
  | 'url'
  | 'entity'
  | 'place'
  | 'person'
  | 'frequency';

export interface Fact {
  kind: FactKind;
  /** Normalised identity: "sg:t20", "date:17.9.2025", "num:50", "email:tsbjcgiotsec@itu.int". */
  key: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** The words as written (folded), for messages. */
  surface: string;
  /** Numbers and ordinals: the value. */
  value?: number;
  /** Dates: the parts given. */
  date?: { d?: number; m?: number; y?: number };
  /** Numbers: the folded words that follow, up to the next punctuation (what the number counts). */
  after?: string;
  /** Numbers of a measure, scaled to its unit ("3.8 GHz": 3 800 000 000, "hz"): they measure, they count nothing. */
  unit?: string;
  /** Numbers bounded ("more than": min, "fewer than": max); years and months placed ("early", "mid", "late"). */
  qualifier?: 'min' | 'max' | 'early' | 'mid' | 'late';
}

/** Text prepared once: the folded form (what is matched), the same with case kept (acronyms, names), and a mask. */
export interface Prepared {
  /** Folded, lower case. */
  text: string;
  /** Folded, case kept, same offsets. */
  cased: string;
  /** Spans already read as a fact are blanked here, so digits inside "Y.4702" are not read again. */
  masked: string;
}

/** Folding that keeps case and length (accents and typographic variants only). */
export function foldCased(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[«»“”„]/g, '"')
    .replace(/œ/g, 'o')
    .replace(/Œ/g, 'O')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

export function prepare(raw: string): Prepared {
  const cased = foldCased(raw);
  // One-to-one lower-casing keeps offsets aligned with `cased`.
  const text = [...cased]
    .map((ch) => {
      const lower = ch.toLowerCase();
      return lower.length === ch.length ? lower : ch;
    })
    .join('');
  return { text, cased, masked: text };
}

/** Blanks a span once it has been read as a fact. */
export function mask(p: Prepared, start: number, end: number): void {
  p.masked = p.masked.slice(0, start) + ' '.repeat(end - start) + p.masked.slice(end);
}
