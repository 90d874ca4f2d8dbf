import { z } from 'zod';
import { CodedError, ErrorCode } from '../../retrieval/errors.ts';

const SNOWFLAKE = /^\d{17,20}$/;
// A bot token is three base64url parts joined by dots (user id, timestamp, HMAC).
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/** Comma- or space-separated snowflakes; empty or unset means "no allowlist". */
const idList = (variable: string) =>
  z
    .string()
    .optional()
    .transform((raw) => (raw ?? '').split(/[\s,]+/).filter(Boolean))
    .refine((ids) => ids.every((id) => SNOWFLAKE.test(id)), {
      error: `${variable} must be a comma-separated list of Discord ids (17–20 digits; Developer Mode → right-click → Copy ID)`,
    });

/** An optional base URL (a proxy, or a test server on 127.0.0.1); empty means Discord's own. */
const baseUrl = (variable: string, protocol: RegExp, example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol, error: `${variable} must be ${example}` }).optional());

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (your application → Bot → Reset Token)' })
    .trim()
    .regex(TOKEN, {
      error: 'DISCORD_TOKEN does not look like a bot token (three dot-separated parts): copy it again from the Developer Portal → Bot',
    }),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal (General Information)' })
    .trim()
    .regex(SNOWFLAKE, { error: 'DISCORD_APPLICATION_ID must be the numeric Application ID (17–20 digits) from General Information' }),
  DISCORD_GUILD_ID: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || SNOWFLAKE.test(v), {
      error: 'DISCORD_GUILD_ID must be a server id (17–20 digits), or unset to register commands globally',
    }),
  DISCORD_ALLOWED_GUILDS: idList('DISCORD_ALLOWED_GUILDS'),
  DISCORD_ALLOWED_CHANNELS: idList('DISCORD_ALLOWED_CHANNELS'),
  DISCORD_API_URL: baseUrl('DISCORD_API_URL', /^https?$/, 'an http(s) URL such as https://discord.com/api'),
  DISCORD_GATEWAY_URL: baseUrl('DISCORD_GATEWAY_URL', /^wss?$/, 'a ws(s) URL such as wss://gateway.discord.gg'),
});

/** Validated Discord settings; built once at start-up by {@link loadDiscordConfig}. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands in this server only (instant, for testing); global when unset. */
  guildId?: string;
  /** When non-empty, only these servers are answered (DMs are not affected). */
  allowedGuilds: string[];
  /** When non-empty, only these channels (or threads under them) are answered. */
  allowedChannels: string[];
  /** REST base URL without the version (discord.js appends `/v10`); Discord's own when unset. */
  apiUrl?: string;
  /** Gateway URL used instead of the one REST's GET /gateway/bot names; Discord's own when unset. */
  gatewayUrl?: string;
}

/**
 * Reads and validates the Discord settings from the environment. Throws a
 * `config_invalid` CodedError whose message is one line naming the variable
 * and how to fix it, so start-up fails before any connection is attempted.
 */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    throw new CodedError(ErrorCode.ConfigInvalid, issue.message, { fields: { variable } });
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId } = parsed.data;
  const {
    DISCORD_ALLOWED_GUILDS: allowedGuilds,
    DISCORD_ALLOWED_CHANNELS: allowedChannels,
    DISCORD_API_URL,
    DISCORD_GATEWAY_URL,
  } = parsed.data;
  const urls = {
    ...(DISCORD_API_URL ? { apiUrl: DISCORD_API_URL } : {}),
    ...(DISCORD_GATEWAY_URL ? { gatewayUrl: DISCORD_GATEWAY_URL } : {}),
  };
  return { token, applicationId, guildId, allowedGuilds, allowedChannels, ...urls };
}
