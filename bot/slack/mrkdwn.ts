/**
 * Slack mrkdwn helpers. Slack reads `&`, `<` and `>` as control characters
 * (`<@U123>` pings someone, `<!channel>` pings everyone), so any text that did
 * not come from us, corpus clauses or user input, is escaped before it is shown.
 */

/** Escapes the three characters Slack's mrkdwn treats as markup. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An answer's text as mrkdwn: escaped, with Markdown bold (`**x**`) turned into
 * Slack bold (`*x*`). Citation markers such as [1] are kept as written.
 */
export function answerMrkdwn(text: string): string {
  return escapeMrkdwn(text.trim()).replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, '*$1*');
}

/** A link whose label is escaped; only http(s) URLs become links, anything else stays plain text. */
export function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return escapeMrkdwn(label);
  // `|` and `>` would end the link early: percent-encode them.
  const safe = url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  return `<${safe}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/** Quotes every line of (already escaped) text as a mrkdwn block quote. */
export function quote(text: string): string {
  return text.split('\n').map((line) => `>${line}`).join('\n');
}

/**
 * Splits (already escaped) mrkdwn into pieces of at most `max` characters,
 * preferring paragraph, then line, then sentence, then word boundaries, and
 * never cutting an `&amp;`-style entity in two. Nothing is dropped.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 16) throw new RangeError(`splitText: max must be at least 16, got ${max}`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = lastBoundary(window, max);
    // Never leave half an entity at the end of a piece.
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 6 && rest.indexOf(';', amp) >= cut) cut = amp;
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function lastBoundary(window: string, max: number): number {
  const floor = Math.floor(max / 2); // don't make a tiny piece just to honour a boundary
  for (const pattern of [/\n\n/g, /\n/g, /[.!?;:](?=\s)/g, /\s/g]) {
    let best = -1;
    for (const m of window.matchAll(pattern)) {
      const end = m.index + (pattern.source.startsWith('[') ? 1 : 0);
      if (end <= max && end >= floor) best = end;
    }
    if (best > 0) return best;
  }
  return max;
}
