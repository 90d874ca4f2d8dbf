import type { ClauseView, SourceInfo } from '../../retrieval/types.ts';
import { context, MAX_SECTION_CHARS, pack, sections, type Block, type SlackMessage } from './blocks.ts';
import { escapeMrkdwn, link, quote, splitText } from './mrkdwn.ts';

/** The short message shown while the assistant works; replaced by the answer (Slack wants an ack within 3 s, answers take longer). */
export function renderPlaceholder(lang: string | undefined): SlackMessage {
  const text = lang === 'fr' ? ':hourglass_flowing_sand: Je cherche dans les documents…' : ':hourglass_flowing_sand: Searching the documents…';
  return { text, blocks: [context([text])] };
}

/** One short line (a notice or an error), escaped. */
export function renderLine(line: string): SlackMessage {
  const text = escapeMrkdwn(line);
  return { text, blocks: sections(text) };
}

/** The help text; it contains `<question>`-style placeholders, so it is escaped like any other text. */
export function renderHelp(help: string): SlackMessage[] {
  const text = escapeMrkdwn(help);
  return pack([sections(text)], { text: text.split('\n', 1)[0] });
}

/** The indexed documents, one section each, split over messages when there are many. */
export function renderSources(sources: SourceInfo[]): SlackMessage[] {
  const heading = `*Indexed documents* (${sources.length})`;
  if (sources.length === 0) return [renderLine('No documents are indexed yet.')];
  const groups = sources.map((s) =>
    sections(
      [
        `*${link(s.url, s.citation)}*`,
        `${escapeMrkdwn(s.title)} · ${s.clauses} clauses · ${s.language}${s.date ? ` · ${escapeMrkdwn(s.date)}` : ''}`,
      ].join('\n'),
    ),
  );
  return pack([sections(heading), ...groups], { text: `Indexed documents (${sources.length})`, continued: () => sections(`${heading}, continued`) });
}

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
