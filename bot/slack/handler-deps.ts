import type { Logger } from 'pino';
import type { ChatCore } from '../chat/chat-core.ts';
import type { SlackConfig } from './config.ts';

/** What the Slack listeners share: built once by the SlackAdapter. */
export interface SlackDeps {
  core: ChatCore;
  config: SlackConfig;
  log: Logger;
}
