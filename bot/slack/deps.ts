import type { Logger } from 'pino';
import type { ChatCore } from '../chat-core.ts';
import type { FeedbackStore } from '../feedback-store.ts';
import type { AnswerLog } from './answer-log.ts';
import type { SlackConfig } from './config.ts';

/** What the Slack listeners share: built once by `createSlackApp()`. */
export interface SlackDeps {
  core: ChatCore;
  answers: AnswerLog;
  feedback: FeedbackStore;
  config: SlackConfig;
  log: Logger;
}

/** DMs (channel ids starting with D) are always answered; other channels only when allow-listed, if a list is set. */
export function channelAllowed(config: SlackConfig, channel: string): boolean {
  return channel.startsWith('D') || config.allowedChannels.length === 0 || config.allowedChannels.includes(channel);
}

/** The notice for a channel outside SLACK_ALLOWED_CHANNELS. */
export const NOT_HERE = "I only answer in this workspace's designated channels; send me a direct message instead.";
