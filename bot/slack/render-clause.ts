import type { ClauseView } from '../../retrieval/types.ts';
import { pack, sections, type Block, type SlackMessage } from './blocks.ts';
import { MAX_SECTION_CHARS } from './limits.ts';
import { escapeMrkdwn, link, quote, splitText } from './mrkdwn.ts';

/**
 * One clause verbatim (escaped, block-quoted) with its label and document
 * link, for the "Show clause" button. Long clauses are split over sections
 * and, past the 50-block limit, over messages: never truncated.
 */
export function renderClause(view: ClauseView): SlackMessage[] {
  const title = `*${escapeMrkdwn(view.label)}*\n${link(view.url, view.document)}`;
  // Quote each piece separately so every section starts with ">"; a piece whose quoting pushes it past
  // 3,000 characters (many short lines) is split again at 1,500, which quoting can at most double.
  const body: Block[] = [];
  for (const piece of splitText(escapeMrkdwn(view.text), 2900)) {
    const pieces = quote(piece).length <= MAX_SECTION_CHARS ? [piece] : splitText(piece, 1500);
    for (const p of pieces) body.push({ type: 'section', text: { type: 'mrkdwn', text: quote(p) } });
  }
  return pack([sections(title), ...body.map((b) => [b])], {
    text: `${escapeMrkdwn(view.label)}: ${escapeMrkdwn(view.text.slice(0, 200))}`,
    continued: () => sections(`*${escapeMrkdwn(view.label)}* (continued)`),
  });
}
