import { splitText as splitAtBreaks } from '../chat/split-text.ts';
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
  return text
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * Splits (already escaped) mrkdwn into pieces of at most `max` characters at
 * the best boundary, never cutting an `&amp;`-style entity in two.
 */
export function splitText(text: string, max: number): string[] {
  return splitAtBreaks(text, max, (rest, cut) => {
    const amp = rest.lastIndexOf('&', cut - 1);
    return amp >= 0 && amp > cut - 6 && rest.indexOf(';', amp) >= cut ? amp : cut;
  });
}
