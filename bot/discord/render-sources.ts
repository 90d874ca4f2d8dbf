import type { SourceInfo } from '../../retrieval/types.ts';
import { packEmbeds, type DiscordMessage, type EmbedUnit } from './embeds.ts';
import { ellipsize, LIMITS } from './limits.ts';
import { renderText } from './render-text.ts';

const COLOR_INFO = 0x2b6cb0;

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

/** Lines joined into chunks of at most `max` characters, never splitting a line. */
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
