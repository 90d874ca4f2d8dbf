import type { DiscordMessage } from './embeds.ts';
import { LIMITS, splitText } from './limits.ts';

/** Plain text (help, notices) as messages of at most 2,000 characters each. */
export function renderText(text: string): DiscordMessage[] {
  return splitText(text.trim() || '…', LIMITS.content).map((content) => ({ content }));
}
