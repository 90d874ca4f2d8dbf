/**
 * Helpers for the planted-instruction word lists: long alternations are
 * written over several lines and joined here, so each list stays readable.
 */

/** A regular-expression source written over several lines: a line break and the indentation after it are dropped. */
export function src(strings: TemplateStringsArray, ...values: string[]): string {
  return String.raw(strings, ...values).replace(/\n\s*/g, '');
}

/** A non-capturing alternation of sources. */
export function any(parts: string[]): string {
  return `(?:${parts.join('|')})`;
}

/** Whole words (each may carry its own regex suffix, e.g. `answer(?:s|ed)?`), as one bounded alternation. */
export function words(list: string): string {
  return String.raw`\b(?:${list.trim().split(/\s+/).join('|')})\b`;
}
