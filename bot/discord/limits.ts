/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message).
 * Exceeding any of them makes the whole request fail with 400 "Invalid Form
 * Body", so renderers split before sending. Lengths are counted in UTF-16
 * code units, which is never less than what Discord counts.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names/values and footers over ALL embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
} as const;

/** Shortens display text (never a citation's verbatim text) with a visible ellipsis. */
export function ellipsize(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/**
 * Splits text into pieces of at most `max` characters: at a paragraph break
 * when possible, else a line break, a sentence end, a space, and only as a
 * last resort mid-word. Only the whitespace at each break is dropped, so the
 * pieces joined by a space read as the whole text.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError(`splitText: max must be >= 1, got ${max}`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastBreak(window, max);
    // Keep whitespace at the break out of both pieces, but never drop text.
    const head = rest.slice(0, cut).trimEnd();
    pieces.push(head.length > 0 ? head : rest.slice(0, max));
    rest = head.length > 0 ? rest.slice(cut).trimStart() : rest.slice(max);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function lastBreak(window: string, max: number): number {
  const floor = Math.floor(max / 2); // a break in the first half wastes too much room
  for (const pattern of [/\n\s*\n/g, /\n/g, /[.;:!?»)](?=\s)/g, /\s/g]) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + (pattern.source.startsWith('[') ? 1 : 0);
      if (end <= max && end >= floor) best = end;
    }
    if (best > 0) return best;
  }
  return max;
}
