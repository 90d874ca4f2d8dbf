/**
 * Text laid out as a PDF prints it: each paragraph hard-wrapped at the page
 * width, a running footer ("TSAG-TD387 – Page 3") between pages, a page
 * break inside a paragraph. The printed lines are put back together into the
 * paragraphs they were, so that a clause is a paragraph and not a printed
 * line. A document written one paragraph a line (a Word or HTML extraction)
 * keeps its lines; only its page footers go.
 */
import { FOOTNOTE, SEPARATOR, type SourceLine } from './lines.ts';

/** A running footer or header: a short line naming a page ("Page 3", "– 3 –", "C27/45-F – Página 3"). */
const PAGE_LINE = /(?:\b(?:page|página|pág\.|pagina)\s*\d+\b|^[-–—]\s*\d{1,3}\s*[-–—]$)/iu;
const PAGE_LINE_MAX = 80;
/** A running header in a hard-wrapped document ("TSAG-TD512 (Rev.1)", "CE17-TD1472-F") is at most this long. */
const RUNNING_LINE_MAX = 60;

/** Wrapped lines are at most this long; a document whose long lines are longer is not wrapped. */
const MAX_WRAP_WIDTH = 140;
/** Lines this long or longer are the text lines whose lengths tell a wrapped document. */
const TEXT_LINE = 40;
const MIN_TEXT_LINES = 12;
/** Share of text lines within a fifth of the page width in a wrapped document. */
const FULL_SHARE = 0.5;
/** A line this close to the page width was broken by the layout, not by its writer. */
const FULL_LINE = 0.7;

/** Lines that start a unit of their own, never the rest of a sentence: list markers, lettered and numbered clauses, annexes, table rows. */
const BLOCK_START = [
  /^[–—•·▪◦\-*]\s/u,
  /^\(?[a-z]{1,4}\)\s/u,
  /^\d{1,3}(?:\.\d{1,3})+\.?\s+\p{Lu}/u,
  /^\d{1,3}(?:\t| {2,}|[.)]\s)/u,
  /^(?:annex|annexe|anexo|appendix|appendice|apéndice)\b/iu,
  SEPARATOR,
  FOOTNOTE,
];

export function unwrapLines(lines: SourceLine[]): SourceLine[] {
  // Page lines are short: the width is the same with them or without.
  const width = wrapWidth(lines);
  const text = withoutPageLines(lines, width !== undefined);
  if (width === undefined) return text;
  const out: SourceLine[] = [];
  let last: SourceLine | undefined; // the printed line the paragraph being rebuilt ends with
  for (const line of text) {
    const current = out.at(-1);
    if (current && last && continues(last, line, width)) {
      out[out.length - 1] = joined(current, line);
    } else {
      out.push(line);
    }
    last = line;
  }
  return out;
}

/**
 * Running footers and headers, with the blank lines around them (a page break is no paragraph break): short lines naming
 * a page, the same but for their numbers at least twice; in a hard-wrapped document, also a short line printed the same
 * on several pages ("TSAG-TD512 (Rev.1)"), which no sentence is.
 */
function withoutPageLines(lines: SourceLine[], wrapped: boolean): SourceLine[] {
  const shape = (l: SourceLine) => l.text.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  const short = (l: SourceLine) => l.text.length > 0 && l.text.length <= PAGE_LINE_MAX;
  const isPageLine = (l: SourceLine) => short(l) && PAGE_LINE.test(l.text);
  for (const l of lines) if (isPageLine(l)) counts.set(shape(l), (counts.get(shape(l)) ?? 0) + 1);
  const repeated = new Map<string, number>();
  if (wrapped) for (const l of lines) if (isRunningLine(l)) repeated.set(l.text, (repeated.get(l.text) ?? 0) + 1);
  const page = lines.map(
    (l) => (isPageLine(l) && (counts.get(shape(l)) ?? 0) >= 2) || (isRunningLine(l) && (repeated.get(l.text) ?? 0) >= 2),
  );
  const dropped = (i: number): boolean => page[i] || (!lines[i].text && (nextPage(i, -1) || nextPage(i, 1)));
  const nextPage = (i: number, step: number): boolean => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].text) return page[j];
    return false;
  };
  return lines.filter((_, i) => !dropped(i));
}

/** A line a page may repeat at its top or bottom: short, no sentence, no field ("Tel: …"), no list item or clause. */
function isRunningLine(l: SourceLine): boolean {
  const text = l.text;
  if (!text || text.length > RUNNING_LINE_MAX || /[:.;,]$/.test(text) || /^[^:]{1,30}:\s/.test(text)) return false;
  return !BLOCK_START.some((re) => re.test(text)) && text.split('\t').length < 3;
}

/** The page width of a hard-wrapped document: most of its text lines are nearly as long as the longest. */
function wrapWidth(lines: SourceLine[]): number | undefined {
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n >= TEXT_LINE)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_TEXT_LINES) return undefined;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))];
  if (width > MAX_WRAP_WIDTH) return undefined;
  const full = lengths.filter((n) => n >= 0.8 * width && n <= 1.02 * width).length;
  return full / lengths.length >= FULL_SHARE ? width : undefined;
}

/**
 * The next printed line goes on with the paragraph: the line before was full, and either did not end a sentence or is
 * followed by one going on in lower case.
 */
function continues(before: SourceLine, line: SourceLine, width: number): boolean {
  if (!before.text || !line.text || before.text.length < FULL_LINE * width) return false;
  if (BLOCK_START.some((re) => re.test(line.text)) || line.text.split('\t').length >= 3) return false;
  return !/[.!?:]["»”’)]*$/u.test(before.text) || /^\p{Ll}/u.test(line.text);
}

/** One line of the two; a word broken at a hyphen ("vehicle-" / "to-grid") is joined without a space. */
function joined(a: SourceLine, b: SourceLine): SourceLine {
  const glue = /\p{L}-$/u.test(a.text) && /^\p{Ll}/u.test(b.text) ? '' : ' ';
  return { text: a.text + glue + b.text, start: a.start, end: b.end, indented: a.indented };
}
