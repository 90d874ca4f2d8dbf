/**
 * Sentence splitting for answers in English, French and Spanish: a sentence
 * ends at . ! ? (with the [n] markers that follow it) before a capital, a
 * digit or the end of the line, but not after an abbreviation ("M.", "Mme",
 * "No.", "Rév.", "Doc.", "e.g.", "p. ex.", "c.-à-d.", "Sept.", "jeu. 15 nov."), inside
 * quotes, inside a URL or an e-mail address, inside a number ("13.5") or
 * after a list label ("1.", "a)"). Each sentence keeps its markers and the
 * segments they close ("A [1], and B [2].").
 */
import { isAbbreviation, isDayBeforeDate } from '../lang/abbreviations.ts';

export interface Segment {
  /** The words of this part of the sentence, markers removed. */
  text: string;
  /** The markers that close it. */
  cites: number[];
}

export interface SplitSentence {
  /** The sentence without its markers. */
  text: string;
  /** The sentence as written, markers included. */
  raw: string;
  /** Every marker of the sentence, in order. */
  cites: number[];
  segments: Segment[];
}

const MARKER = /\[(\d{1,3})\]/g;
const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"' };

/** Sentences (and bullet lines) with the markers that follow or end them. */
export function splitSentences(answer: string): SplitSentence[] {
  const out: SplitSentence[] = [];
  for (const line of answer.split('\n')) {
    for (const raw of splitLine(line)) {
      const sentence = toSentence(raw);
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

function splitLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let closer: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (closer) {
      if (ch === closer) closer = undefined;
      continue;
    }
    if (OPENERS[ch] && (ch !== '"' || line.indexOf('"', i + 1) > 0)) {
      closer = OPENERS[ch];
      continue;
    }
    if (!/[.!?…]/.test(ch)) continue;
    const end = boundaryEnd(line, i);
    if (end === undefined || !endsSentence(line, start, i)) continue;
    parts.push(line.slice(start, end));
    start = end;
    i = end - 1;
  }
  parts.push(line.slice(start));
  return parts;
}

/** Where the sentence ends when `.`/`!`/`?` at `i` closes it: after closing quotes and markers, before a capital, digit or the end. */
function boundaryEnd(line: string, i: number): number | undefined {
  const tail = /^[.!?…]*["”»')\]]*(?:\s*\[\d{1,3}\])*/.exec(line.slice(i))![0];
  const end = i + tail.length;
  const rest = line.slice(end);
  if (!rest.trim()) return end;
  const next = /^\s+(\S)/.exec(rest);
  if (!next) return undefined;
  return /[\p{Lu}\d"“«(•*–-]/u.test(next[1]) ? end : undefined;
}

function endsSentence(line: string, start: number, i: number): boolean {
  if (line[i] !== '.') return true;
  const before = line.slice(start, i);
  const token = /(\S*)$/.exec(before)![1];
  const word = token.replace(/^[("“«'[]+/, '');
  // A list label at the start of a line ("1.", "a.", "iv.") is not a sentence.
  if (!before.slice(0, before.length - token.length).trim() && /^(?:\d{1,2}|[a-z]|[ivx]{1,4})$/i.test(word)) return false;
  if (/^(?:https?:\/\/|www\.)|@/.test(word)) return true; // the dot after a URL or an address ends the sentence
  if (word.includes('.')) return false; // "e.g", "i.e", "c.-à-d", "U.S"
  const lower = word.toLowerCase();
  if (isAbbreviation(lower) || isDayBeforeDate(lower, line.slice(i + 1))) return false;
  return !/^\p{L}$/u.test(word); // an initial ("J.")
}

function toSentence(raw: string): SplitSentence | undefined {
  if (!raw.trim()) return undefined;
  const segments: Segment[] = [];
  let last = 0;
  let pending: number[] = [];
  let text = '';
  const flush = (upTo: number) => {
    text += raw.slice(last, upTo);
    last = upTo;
  };
  for (const m of raw.matchAll(new RegExp(MARKER.source, 'g'))) {
    const gap = raw.slice(last, m.index!);
    if (pending.length && gap.trim() && !/^[\s.,;:!?)]*$/.test(gap)) {
      segments.push({ text: tidy(text), cites: pending });
      text = '';
      pending = [];
    }
    flush(m.index!);
    last = m.index! + m[0].length;
    pending.push(Number(m[1]));
  }
  flush(raw.length);
  if (pending.length || !segments.length) segments.push({ text: tidy(text), cites: pending });
  else segments[segments.length - 1].text = tidy(`${segments[segments.length - 1].text} ${text}`);
  const whole = tidy(raw.replace(MARKER, ''));
  if (!whole) return undefined;
  return { text: whole, raw: raw.trim(), cites: segments.flatMap((s) => s.cites), segments };
}

function tidy(text: string): string {
  return (
    text
      .replace(/\s+([.,;:!?])/g, '$1')
      // Only what is not already one plain space: most spaces are, and a text with nothing to replace is not copied.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
  );
}

/** The words that set a statement against the one before it, after a comma: contrasts and concessions. */
const CONTRASTS =
  String.raw`but|while|whereas|(?:even )?though|although|mais|tandis que|alors que|bien que|quoique|m[eê]me si|` +
  String.raw`pero|mientras que|aunque`;
/** The words that give a statement's cause after a comma ("…, since discussions are held in English only"). */
const CAUSES = String.raw`since|because|car|puisque|parce que|ya que|porque|puesto que|dado que`;
/** The words that join two statements after a comma ("…, and …", "…, although …", "…, bien que …", "…, since …"). */
const JOINED = new RegExp(String.raw`[,;]\s+(?:and|et|y|${CONTRASTS}|${CAUSES})\s+`, 'i');
/** Statements set against each other ("…, but …", "…, although …", "…, alors que …"): their stances may differ. */
const CONTRASTED = new RegExp(String.raw`[,;]\s+(?:${CONTRASTS})\s+`, 'i');

/** A sentence cut where it joins two statements with a comma and a conjunction ("…, and …", "…, mais …"). */
export function coordinated(text: string): string[] {
  return text.split(JOINED).filter((p) => p.trim());
}

/**
 * A clause sentence's statements, each with its own stance: those a semicolon parts ("Remote participation will be
 * possible …; interpretation will not be provided") and those a comma and a conjunction join ("…, and that nothing in
 * this resolution shall be construed …", "…, mais …"). One statement: none. (A clause is read once and kept, so its
 * statements cost nothing per answer; a sentence's are read apart only when set against each other, `contrasted`.)
 */
export function clauseStatements(text: string): string[] {
  const parts = text.split(/;\s+/).filter((p) => /\p{L}/u.test(p));
  const statements = parts.flatMap((p) => coordinated(p));
  return statements.length > 1 ? statements : [];
}

/** Whether the sentence sets one statement against another with a comma and a contrast ("…, although …"). */
export function contrasted(text: string): boolean {
  return CONTRASTED.test(text);
}

/**
 * Where one statement of a sentence ends and the next begins, at a finer grain than `coordinated`: a comma, a semicolon
 * or a colon, or a conjunction without one ("… within 7 days and publish …", "seven are mandatory and 12 voluntary").
 */
export const STATEMENT_BOUNDS = /[,;:]|\s(?:and|et|y|but|mais|pero|while|whereas|tandis que|mientras)\s/g;

/** The span of the statement of `text` around a value at [start, end), between statement bounds. */
export function statementAround(text: string, start: number, end: number): { start: number; end: number } {
  const bounds = [...text.matchAll(STATEMENT_BOUNDS)].map((m) => m.index!);
  return { start: Math.max(0, ...bounds.filter((b) => b < start)), end: Math.min(text.length, ...bounds.filter((b) => b >= end)) };
}
