import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type AppOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChatAdapter } from '../chat/chat-adapter.ts';
import type { ChatCore } from '../chat/chat-core.ts';
import { createLogger } from '../chat/log.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerButtons } from './buttons.ts';
import type { SlackConfig } from './config.ts';
import type { SlackDeps } from './handler-deps.ts';
import { registerMessages } from './messages.ts';
import { createReceiver } from './receiver.ts';
import { registerReplayGuard } from './replay-guard.ts';
import { registerSlashCommands } from './slash-commands.ts';

/** What a SlackAdapter is built from. */
export interface SlackAdapterOptions {
  core: ChatCore;
  config: SlackConfig;
  logger?: Logger;
  /** HTTP mode: run listeners before answering Slack's request (tests); production acks first. */
  processBeforeResponse?: boolean;
  /** Merged over our WebClient defaults, e.g. `slackApiUrl` or retry settings (tests use a fake Slack on 127.0.0.1). */
  clientOptions?: AppOptions['clientOptions'];
}

/**
 * The Slack adapter: a Bolt app in Socket Mode (app token) or HTTP mode
 * (signing secret, host and port) whose listeners turn Slack events into
 * ChatCore calls and its replies into Block Kit. Nothing Slack-shaped goes
 * further in.
 */
export class SlackAdapter implements ChatAdapter {
  readonly app: App;
  readonly core: ChatCore;
  /** HTTP mode, once started: where the receiver listens (the real port when `config.port` is 0). */
  address?: AddressInfo;
  private readonly config: SlackConfig;
  private started = false;

  constructor(options: SlackAdapterOptions) {
    const { config, core } = options;
    const log = options.logger ?? createLogger('slack');
    this.config = config;
    this.core = core;
    this.app = new App({
      token: config.botToken,
      ...connection(config, boltLogger(log), options.processBeforeResponse),
      logger: boltLogger(log),
      // Our own conversation memory lives in ChatCore; Bolt's convoStore would only cost memory.
      convoStore: false,
      clientOptions: {
        // Slack's default retry policy waits up to ~30 min; a chat answer that late is useless.
        retryConfig: { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 },
        timeout: 20_000,
        ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
        ...options.clientOptions,
      },
    });
    const deps: SlackDeps = { core, config, log };
    registerReplayGuard(this.app, log);
    registerMessages(this.app, deps);
    registerSlashCommands(this.app, deps);
    registerButtons(this.app, deps);
    this.app.error(async (error) => {
      // Listeners catch their own failures; this is the net for anything Bolt itself raises. Logged, never rethrown.
      log.error({ err: error, code: (error as { code?: string }).code }, 'Bolt error');
    });
  }

  async start(): Promise<void> {
    if (this.config.mode === 'socket') await this.app.start();
    else this.address = ((await this.app.start({ port: this.config.port, host: this.config.host })) as Server).address() as AddressInfo;
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.app.stop();
  }
}

/** Socket Mode needs the app token; HTTP mode our receiver, which refuses requests stamped over 5 minutes from now. */
function connection(config: SlackConfig, logger: ReturnType<typeof boltLogger>, processBeforeResponse?: boolean): Partial<AppOptions> {
  if (config.mode === 'socket') return { socketMode: true, appToken: config.appToken };
  return { receiver: createReceiver({ signingSecret: config.signingSecret ?? '', port: config.port, logger, processBeforeResponse }) };
}
