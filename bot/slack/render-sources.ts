import type { SourceInfo } from '../../retrieval/types.ts';
import { pack, sections, type SlackMessage } from './blocks.ts';
import { escapeMrkdwn, link } from './mrkdwn.ts';
import { renderLine } from './render-text.ts';

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
  return pack([sections(heading), ...groups], {
    text: `Indexed documents (${sources.length})`,
    continued: () => sections(`${heading}, continued`),
  });
}
