import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/**
 * One message as the renderers produce it: plain API JSON that fits every
 * Discord limit, sendable as a reply, an edit, a follow-up or a channel message.
 */
export interface DiscordMessage {
  /** At most 2,000 characters. */
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}
