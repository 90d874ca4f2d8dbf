import type { Logger } from 'pino';
import type { ChatCore } from '../chat/chat-core.ts';
import type { DiscordConfig } from './config.ts';

/** What the Discord event handlers share: built once by the DiscordAdapter. */
export interface DiscordDeps {
  core: ChatCore;
  config: DiscordConfig;
  log: Logger;
}
