/**
 * No clause larger than a few thousand characters: an oversized paragraph (a
 * text file with no line breaks, a PDF page run together) is cut at sentence
 * boundaries into parts, each a citable clause labelled "… (part n)". A giant
 * clause would otherwise be analysed, scored and scanned for quotes in full
 * at every question, and quoted whole.
 */
import type { Clause } from '../types.ts';

/** Longest clause text kept whole. */
export const MAX_CLAUSE_CHARS = 3000;
/** Parts are filled up to about this size, so they stay well under the maximum. */
const TARGET_CHARS = 2000;

export function splitOversized(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    if (clause.text.length <= MAX_CLAUSE_CHARS) out.push(clause);
    else out.push(...partsOf(clause));
  }
  return out;
}

function partsOf(clause: Clause): Clause[] {
  return cuts(clause.text).map(([from, to], i) => {
    const raw = clause.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = Math.min(clause.end, clause.start + from + lead);
    return {
      ...clause,
      id: i === 0 ? clause.id : `${clause.id}:part-${i + 1}`,
      label: `${clause.label} (part ${i + 1})`,
      text,
      start,
      end: Math.min(clause.end, start + text.length),
    };
  });
}

/**
 * Where to cut: after the last sentence end (or line break) that keeps a part
 * within the target size; at a space, or anywhere, when a sentence alone is
 * longer. Parts are slices of the clause text, so each stays verbatim.
 */
function cuts(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > MAX_CLAUSE_CHARS) {
    const window = text.slice(from, from + TARGET_CHARS + 1);
    const sentenceEnds = [...window.matchAll(/[.!?;:](?=\s)|\n/g)].map((m) => (m.index ?? 0) + 1);
    const lastEnd = sentenceEnds.filter((i) => i >= TARGET_CHARS / 4).at(-1);
    const space = window.lastIndexOf(' ');
    const cut = lastEnd ?? (space > TARGET_CHARS / 2 ? space : TARGET_CHARS);
    out.push([from, from + cut]);
    from += cut;
    while (from < text.length && /\s/.test(text[from])) from += 1;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim());
}
