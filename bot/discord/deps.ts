import type { Logger } from 'pino';
import type { Assistant } from '../../retrieval/assistant.ts';
import type { ChatCore } from '../chat-core.ts';
import type { FeedbackStore } from '../feedback-store.ts';
import type { DiscordConfig } from './config.ts';
import type { RecentAnswers } from './recent-answers.ts';

/** What the event handlers share; built once by `createDiscordBot`. */
export interface HandlerDeps {
  assistant: Assistant;
  core: ChatCore;
  feedback: FeedbackStore;
  recent: RecentAnswers;
  config: DiscordConfig;
  logger: Logger;
}

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

/** Notice language from a Discord locale ("fr", "en-US"…). */
export function langOf(locale: string | null | undefined): 'en' | 'fr' {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * A loggable summary of any error: discord.js's DiscordAPIError keeps status,
 * method, url and code; its request body (a whole answer) is left out.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const e = error as Error & { status?: number; method?: string; url?: string; code?: unknown; fields?: unknown };
  const cause = e.cause instanceof Error ? e.cause.message : e.cause;
  return { err: { type: e.name, message: e.message, stack: e.stack, cause }, status: e.status, method: e.method, url: e.url, code: e.code, fields: e.fields };
}
