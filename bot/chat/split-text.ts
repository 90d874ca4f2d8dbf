/**
 * Splits text into pieces of at most `max` characters for chat platforms'
 * length limits: at a paragraph break when possible, else a line break, a
 * sentence end, a space, and only as a last resort mid-word. Only the white
 * space at each break is dropped; no text is lost.
 *
 * @param adjust moves a chosen cut back, e.g. so an `&amp;` entity is not cut in two.
 */
export function splitText(text: string, max: number, adjust: (rest: string, cut: number) => number = (_, cut) => cut): string[] {
  if (max < 1) throw new RangeError(`splitText: max must be >= 1, got ${max}`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = adjust(rest, lastBreak(rest.slice(0, max + 1), max));
    if (cut <= 0) cut = max;
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
