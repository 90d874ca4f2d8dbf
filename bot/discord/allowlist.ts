import type { DiscordConfig } from './config.ts';

/**
 * The optional allowlist: a guild must be listed when guilds are listed, and
 * the channel (or, in a thread, its parent) when channels are. DMs have no
 * guild and pass.
 */
export function isAllowed(config: DiscordConfig, guildId: string | null, channelId: string | null, parentId?: string | null): boolean {
  if (!guildId) return true;
  if (config.allowedGuilds.length > 0 && !config.allowedGuilds.includes(guildId)) return false;
  if (config.allowedChannels.length === 0) return true;
  return [channelId, parentId].some((id) => id != null && config.allowedChannels.includes(id));
}
