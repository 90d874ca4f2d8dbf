import type { SlackConfig } from './config.ts';

/** DMs (channel ids starting with D) are always answered; other channels only when allow-listed, if a list is set. */
export function channelAllowed(config: SlackConfig, channel: string): boolean {
  return channel.startsWith('D') || config.allowedChannels.length === 0 || config.allowedChannels.includes(channel);
}

/** The notice for a channel outside SLACK_ALLOWED_CHANNELS. */
export const NOT_HERE = "I only answer in this workspace's designated channels; send me a direct message instead.";
