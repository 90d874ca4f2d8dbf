import type { ClauseView } from '../../retrieval/types.ts';
import { packEmbeds, type DiscordMessage, type EmbedUnit } from './embeds.ts';
import { ellipsize, LIMITS, splitText } from './limits.ts';

const COLOR_INFO = 0x2b6cb0;

/**
 * The verbatim text of one clause, for the ephemeral "Show clause" reply:
 * label as title, text as description (continued in further embeds or
 * messages when longer than 4,096 characters), document as footer.
 */
export function renderClause(clause: ClauseView): DiscordMessage[] {
  const units: EmbedUnit[] = splitText(clause.text.trim() || '…', LIMITS.embedDescription).map((text) => ({ kind: 'description', text }));
  units.push({ kind: 'footer', text: ellipsize(`${clause.document} · ${clause.id}`, LIMITS.footer) });
  const options = { title: ellipsize(clause.label, LIMITS.embedTitle), url: clause.url, color: COLOR_INFO };
  return packEmbeds(units, options).map((m) => ({ embeds: m.embeds }));
}
