import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { Assistant } from '../../retrieval/assistant.ts';
import { ChatCore } from '../chat-core.ts';
import { FeedbackStore } from '../feedback-store.ts';
import { createLogger } from '../log.ts';
import type { DiscordConfig } from './config.ts';
import { errorFields, type HandlerDeps } from './deps.ts';
import { handleInteraction } from './interaction-handler.ts';
import { handleMessage } from './message-handler.ts';
import { RecentAnswers } from './recent-answers.ts';

export interface DiscordBotOptions {
  assistant: Assistant;
  config: DiscordConfig;
  /** Merged over the defaults; tests set `rest: { api: 'http://127.0.0.1:PORT/api' }` (the gateway URL then comes from that API's GET /gateway/bot). */
  clientOptions?: Partial<ClientOptions>;
  logger?: Logger;
  /** Defaults to a ChatCore over `assistant` with the standard rate limit. */
  core?: ChatCore;
  /** Defaults to the store at `config.feedbackFile`. */
  feedback?: FeedbackStore;
}

export interface DiscordBot {
  client: Client;
  core: ChatCore;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Closes the gateway connection; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The least intents that cover slash commands, mentions and DMs: message
 * content is privileged (enable it in the Developer Portal) and is needed to
 * read the question in a mention; Partials.Channel lets uncached DM channels
 * through (discord.js drops messages from unknown channels otherwise).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages];

/** Builds the Discord adapter: a discord.js client whose events go into the shared ChatCore. */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const logger = options.logger ?? createLogger('discord');
  const core = options.core ?? new ChatCore(options.assistant);
  const deps: HandlerDeps = {
    assistant: options.assistant,
    core,
    feedback: options.feedback ?? new FeedbackStore(options.config.feedbackFile),
    recent: new RecentAnswers(),
    config: options.config,
    logger,
  };
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    // Answers quote clauses, never ping: no @everyone, roles or reply pings.
    allowedMentions: { parse: [], repliedUser: false },
    ...options.clientOptions,
  });

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) =>
    void handleMessage(message, deps).catch((error: unknown) => logger.error({ ...errorFields(error), messageId: message.id }, 'message handling failed')),
  );
  // Connection trouble is logged; @discordjs/ws reconnects or resumes on its own.
  client.on(Events.Error, (error) => logger.error(errorFields(error), 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ ...errorFields(error), shardId }, 'gateway error'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) => logger.info({ route: info.route, retryAfter: info.retryAfter }, 'REST rate limited; retrying'));

  let stopped = false;
  return {
    client,
    core,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.config.token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord bot ready');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}
