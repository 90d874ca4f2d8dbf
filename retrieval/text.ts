/**
 * Text normalisation every stage compares with: accent and quote folding,
 * and the slugs clause and document ids are made of.
 */

const NOT_ASCII = /[^\x00-\x7f]/;

/** Lower case without accents or typographic quotes: what every matcher here compares. */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose, no typographic apostrophe, dash or ligature: most text a model writes.
  if (!NOT_ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase();
  // Typed apostrophes first: NFKD would turn "´" into a space and an accent.
  return (
    text
      .replace(/[’‘`´]/g, "'")
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
      .toLowerCase()
      // Ligatures NFKD leaves alone: "cœur", "œuvre", "curriculum vitæ".
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
  );
}

/** A phrase as a regular-expression source: special characters escaped, any run of white space between its words. */
export function phrasePattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Id-safe form of a label or file name: folded, runs of other characters as one dash. */
export function slug(text: string): string {
  return fold(text)
    .replace(/§\s*/g, 's')
    .replace(/¶\s*/g, 'p')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A text cut to 80 characters for a one-line reason ("… is not in the cited clause"). */
export function clip(text: string): string {
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}
