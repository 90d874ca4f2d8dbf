import type { ClauseView, SourceInfo } from '../../retrieval/types.ts';
import { packEmbeds, type EmbedUnit } from './embed-packer.ts';
import { ellipsize, LIMITS, splitText } from './limits.ts';
import type { DiscordMessage } from './message.ts';

const COLOR_INFO = 0x2b6cb0;

/** Plain text (help, notices) as messages of at most 2,000 characters each. */
export function renderText(text: string): DiscordMessage[] {
  return splitText(text.trim() || '…', LIMITS.content).map((content) => ({ content }));
}

/** The indexed documents, one line each, split over embeds when the list is long. */
export function renderSources(sources: SourceInfo[]): DiscordMessage[] {
  if (sources.length === 0) return renderText('No documents are indexed yet: run `npm run index` first.');
  const lines = sources.map((s) => {
    const name = s.url ? `[${s.citation}](${s.url})` : s.citation;
    const meta = [s.language, `${s.clauses} clauses`, s.date].filter(Boolean).join(', ');
    return ellipsize(`• **${name}**: ${s.title} (${meta})`, 1000);
  });
  const units: EmbedUnit[] = chunkLines(lines, LIMITS.embedDescription).map((text) => ({ kind: 'description', text }));
  return packEmbeds(units, { title: `Sources (${sources.length})`, color: COLOR_INFO }).map((m) => ({ embeds: m.embeds }));
}

/**
 * The verbatim text of one clause, for the ephemeral "Show clause" reply:
 * label as title, text as description (continued in further embeds or
 * messages when longer than 4,096 characters), document as footer.
 */
export function renderClause(clause: ClauseView): DiscordMessage[] {
  const units: EmbedUnit[] = splitText(clause.text.trim() || '…', LIMITS.embedDescription).map((text) => ({ kind: 'description', text }));
  units.push({ kind: 'footer', text: ellipsize(`${clause.document} · ${clause.id}`, LIMITS.footer) });
  return packEmbeds(units, { title: ellipsize(clause.label, LIMITS.embedTitle), url: clause.url, color: COLOR_INFO }).map((m) => ({ embeds: m.embeds }));
}

function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}
