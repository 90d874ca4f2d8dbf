/**
 * Splits extracted text into lines with their offsets and classifies each
 * one (heading, lettered clause, numbered clause, list item, paragraph).
 * The clause tree is built from these in itu-parser.ts.
 */
import { fold } from '../../text.ts';
import { ANNEX_RE, OPERATIVE, PREAMBLE } from './vocabulary.ts';

export interface SourceLine {
  /** Text with extraction markers removed and white space trimmed. */
  text: string;
  start: number;
  end: number;
  indented: boolean;
}

export type LineKind =
  | { type: 'blank' }
  | { type: 'separator' }
  | { type: 'annex'; letter: string }
  | { type: 'resolution-section'; canonical: string; text: string }
  | { type: 'section'; number: string; title: string }
  | { type: 'heading'; text: string; field: boolean }
  | { type: 'field-inline'; heading: string; body: string }
  | { type: 'lettered'; raw: string; body: string }
  | { type: 'numbered'; raw: string; body: string }
  | { type: 'item'; body: string }
  | { type: 'row'; body: string }
  | { type: 'text'; body: string };

// `[bookmark: _Toc…]` anchors and `[footnoteRef:N]` markers left by the Word extraction.
const MARKERS = /\[bookmark:[^\]]*\]|\[footnoteRef:\s*\d+\]/g;

/** Removes extraction markers; footnote text that follows a marker stays in place. */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of source.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const withoutMarkers = stripMarkers(raw.replace(/\r$/, ''));
    const indented = /^[ \t\u00a0]*\t/.test(withoutMarkers);
    lines.push({ text: withoutMarkers.trim(), start, end: start + raw.replace(/\r$/, '').length, indented });
  }
  return lines;
}

const LETTERED = /^\(?([a-z]{1,4})\)\s*(.*)$/s;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)(?:\t| {2,}|[.)] +)(.*)$/s;
const NUMBERED_TAB_ONLY = /^(\d{1,3}(?:\.\d{1,3})*)\t(.*)$/s;
// "2.1.1 The first meeting…": a multi-level number and one space, as a PDF prints the tab.
const NUMBERED_SPACED = /^(\d{1,3}(?:\.\d{1,3})+)\.? (?=\p{Lu})(.*)$/su;
const ITEM = /^[–—•·▪◦\-*]\s*(.*)$/s;
const SECTION = /^(section|sección)\s+(\d+)\s*[\t:.–-]?\s*(.*)$/is;
/** A rule across the page ("______________", above a document's footnotes). */
export const SEPARATOR = /^[_=\-–—*]{5,}$/;
/** A footnote's text as a Word extraction sets it after that rule: "[1: Estimate from the TSB technical paper …]". */
export const FOOTNOTE = /^\[(\d{1,3}):\s*(.+?)\]?$/s;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Classifies one non-blank line. `raw` keeps tabs, which separate labels from text in ITU Word files. */
export function classify(line: SourceLine): LineKind {
  const text = line.text;
  if (!text) return { type: 'blank' };
  if (SEPARATOR.test(text)) return { type: 'separator' };
  const folded = fold(text);

  const annex = ANNEX_RE.exec(folded);
  if (annex && wordCount(text) <= 4) return { type: 'annex', letter: annex[2].toUpperCase() };

  const section = SECTION.exec(text);
  if (section && wordCount(text) <= 16) return { type: 'section', number: section[2], title: section[3].trim() };

  const resolution = resolutionSection(folded, text);
  if (resolution) return resolution;

  const lettered = LETTERED.exec(text);
  if (lettered && lettered[2].trim()) return { type: 'lettered', raw: lettered[1], body: lettered[2].trim() };

  const numbered = NUMBERED_TAB_ONLY.exec(text) ?? NUMBERED.exec(text) ?? NUMBERED_SPACED.exec(text);
  if (numbered && numbered[2].trim() && !/^\d{4}$/.test(numbered[1])) {
    const body = numbered[2].trim();
    // "2\tMesures techniques et de procédure": a numbered heading, not a clause.
    if (isHeading(body) && !/:$/.test(body) && wordCount(body) <= 10)
      return { type: 'heading', text: `${numbered[1]} ${body}`, field: false };
    return { type: 'numbered', raw: numbered[1], body };
  }

  // "2 Meetings held": a section heading as a PDF prints it, its number and one space.
  const spaced = /^(\d{1,2})\.? (\p{Lu}.*)$/u.exec(text);
  if (spaced && isHeading(spaced[2]) && wordCount(spaced[2]) <= 10) return { type: 'heading', text, field: false };

  const item = ITEM.exec(text);
  if (item && item[1].trim()) return { type: 'item', body: item[1].trim() };

  // "Motifs:\tCatalyseur essentiel…": a field name and its text on one line.
  const inline = /^([^\t:]{1,40}):\t+(.+)$/s.exec(text);
  if (inline && wordCount(inline[1]) <= 4) return { type: 'field-inline', heading: inline[1].trim(), body: inline[2].trim() };

  // "Première réunion\t3-5 juin 2031\tDiamniadio (Sénégal)\t146 (91/55)\t43": a table row, flattened; short as a heading is.
  if (text.split('\t').filter((cell) => cell.trim()).length >= 3) return { type: 'row', body: text };
  if (isHeading(text)) return { type: 'heading', text: text.replace(/\s+/g, ' '), field: /:$/.test(text) };
  return { type: 'text', body: text };
}

function resolutionSection(folded: string, text: string): LineKind | undefined {
  if (text.length > 220 || /[.;]$/.test(text)) return undefined;
  const words = folded.replace(/[,:]$/, '').trim();
  for (const [key, canonical] of Object.entries(PREAMBLE)) {
    if (words === key) return { type: 'resolution-section', canonical, text };
  }
  // Operative openers take an object ("charge le Directeur du TSB"); a sentence
  // that merely starts with "invite" is longer and ends with a period.
  for (const [re, canonical] of OPERATIVE) {
    if (re.test(words) && /^[a-z]/.test(text)) return { type: 'resolution-section', canonical, text };
  }
  return undefined;
}

function isHeading(text: string): boolean {
  const words = wordCount(text);
  if (/^[\p{Lu}\d\s'’,;:()\-–/&.[\]]+$/u.test(text) && /\p{Lu}{3}/u.test(text) && words <= 40) return true; // ALL CAPS title
  if (!/^[\p{Lu}(]/u.test(text)) return false;
  if (/:$/.test(text)) return words <= 6;
  if (/[.;,!?]$/.test(text)) return false;
  return text.length <= 90 && words <= 12;
}
