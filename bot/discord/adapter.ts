import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAdapter } from '../chat/chat-adapter.ts';
import type { ChatCore } from '../chat/chat-core.ts';
import { createLogger } from '../chat/log.ts';
import type { DiscordConfig } from './config.ts';
import { errorFields } from './errors.ts';
import { pinGatewayUrl } from './gateway-url.ts';
import type { DiscordDeps } from './handler-deps.ts';
import { handleInteraction } from './interactions.ts';
import { handleMessage } from './messages.ts';

/** What a DiscordAdapter is built from. */
export interface DiscordAdapterOptions {
  core: ChatCore;
  config: DiscordConfig;
  /** Merged over the defaults (after `config.apiUrl`, so a test may override it). */
  clientOptions?: Partial<ClientOptions>;
  logger?: Logger;
}

/**
 * The least intents that cover slash commands, mentions and DMs: message
 * content is privileged (enable it in the Developer Portal) and is needed to
 * read the question in a mention; Partials.Channel lets uncached DM channels
 * through (discord.js drops messages from unknown channels otherwise).
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.MessageContent,
  GatewayIntentBits.DirectMessages,
];

/** The Discord adapter: a discord.js client whose events go into the shared ChatCore. */
export class DiscordAdapter implements ChatAdapter {
  readonly client: Client;
  private readonly log: Logger;
  private stopped = false;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.log = options.logger ?? createLogger('discord');
    const rest = options.config.apiUrl ? { rest: { api: options.config.apiUrl } } : {};
    // Answers quote clauses, never ping: no @everyone, roles or reply pings.
    const allowedMentions = { parse: [], repliedUser: false };
    this.client = new Client({ intents: INTENTS, partials: [Partials.Channel], allowedMentions, ...rest, ...options.clientOptions });
    if (options.config.gatewayUrl) pinGatewayUrl(this.client, options.config.gatewayUrl);
    this.listen({ core: options.core, config: options.config, log: this.log });
  }

  /** The shared chat core this adapter renders for. */
  get core(): ChatCore {
    return this.options.core;
  }

  /** Logs in and resolves once the gateway session is ready. */
  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.config.token);
    await ready;
    this.log.info({ user: this.client.user?.tag, guilds: this.client.guilds.cache.size }, 'discord bot ready');
  }

  /** Closes the gateway connection (code 1000: the session ends and the bot shows offline at once); safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.client.destroy();
  }

  private listen(deps: DiscordDeps): void {
    const { client } = this;
    const { log } = deps;
    client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
    client.on(
      Events.MessageCreate,
      (message) =>
        void handleMessage(message, deps).catch((error: unknown) =>
          log.error({ ...errorFields(error), messageId: message.id }, 'message handling failed'),
        ),
    );
    // Connection trouble is logged; @discordjs/ws reconnects or resumes on its own.
    client.on(Events.Error, (error) => log.error(errorFields(error), 'discord client error'));
    client.on(Events.ShardError, (error, shardId) => log.warn({ ...errorFields(error), shardId }, 'gateway error'));
    client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
    client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway resumed'));
    client.rest.on('rateLimited', (info) => log.info({ route: info.route, retryAfter: info.retryAfter }, 'REST rate limited; retrying'));
  }
}
