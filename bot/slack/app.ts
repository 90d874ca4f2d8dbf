import { App, type AppOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Assistant } from '../../retrieval/assistant.ts';
import { ChatCore } from '../chat-core.ts';
import { FeedbackStore } from '../feedback-store.ts';
import { createLogger } from '../log.ts';
import { RateLimiter } from '../rate-limit.ts';
import { registerActions } from './actions.ts';
import { AnswerLog } from './answer-log.ts';
import { boltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';
import type { SlackDeps } from './deps.ts';
import { registerMessageEvents } from './message-events.ts';
import { registerSlashCommand } from './slash-command.ts';

export interface SlackAppOptions {
  assistant: Assistant;
  config: SlackConfig;
  /** Where votes go; defaults to a FeedbackStore on `config.feedbackFile`. */
  feedback?: FeedbackStore;
  logger?: Logger;
  limiter?: RateLimiter;
  /**
   * Extra Bolt options, e.g. a custom `receiver`, or `clientOptions.slackApiUrl`
   * to point the Web API elsewhere (tests use a fake Slack on 127.0.0.1).
   * `clientOptions` are merged over our defaults.
   */
  bolt?: Partial<AppOptions>;
}

/** A wired Slack app: the Bolt App plus the pieces tests and main.ts reach for. */
export interface SlackBot {
  app: App;
  core: ChatCore;
  feedback: FeedbackStore;
  deps: SlackDeps;
}

/**
 * Builds the Bolt app: Socket Mode (app token) or HTTP (signing secret +
 * port) from the config, unless `bolt.receiver` is given. Listeners translate
 * Slack events into ChatCore calls; nothing Slack-shaped goes further in.
 */
export function createSlackApp(options: SlackAppOptions): SlackBot {
  const { assistant, config } = options;
  const log = options.logger ?? createLogger('slack');
  const feedback = options.feedback ?? new FeedbackStore(config.feedbackFile);
  const core = new ChatCore(assistant, options.limiter ?? new RateLimiter(), { llm: config.llm });
  const deps: SlackDeps = { core, answers: new AnswerLog(), feedback, config, log };
  const { clientOptions, receiver, ...rest } = options.bolt ?? {};
  const socket = config.mode === 'socket' && receiver === undefined;
  const app = new App({
    token: config.botToken,
    ...(socket ? { socketMode: true, appToken: config.appToken } : receiver ? { receiver } : { signingSecret: config.signingSecret, port: config.port }),
    logger: boltLogger(log),
    // Our own conversation memory lives in ChatCore; Bolt's convoStore would only cost memory.
    convoStore: false,
    clientOptions: {
      // Slack's default retry policy waits up to ~30 min; a chat answer that late is useless.
      retryConfig: { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 },
      timeout: 20_000,
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      ...clientOptions,
    },
    ...rest,
  });
  registerMessageEvents(app, deps);
  registerSlashCommand(app, deps);
  registerActions(app, deps);
  app.error(async (error) => {
    // Listeners catch their own failures; this is the net for anything Bolt itself raises. Logged, never rethrown.
    log.error({ err: error, code: (error as { code?: string }).code }, 'Bolt error');
  });
  return { app, core, feedback, deps };
}
