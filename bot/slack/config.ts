import { isIP } from 'node:net';
import { z } from 'zod';
import { CodedError, ErrorCode } from '../../retrieval/errors.ts';

/** Validated Slack adapter settings; built once at start-up by `loadSlackConfig()`. */
export interface SlackConfig {
  /** Socket Mode needs no public URL (the default); HTTP mode is for deployments behind a load balancer. */
  mode: 'socket' | 'http';
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  /** HTTP mode only: the address to listen on (0.0.0.0 all interfaces; 127.0.0.1 behind a local proxy). */
  host: string;
  /** Slash command name including the slash, e.g. "/iotsec". */
  command: string;
  /** Channel ids the bot answers in; empty means every channel it is invited to. DMs are always answered. */
  allowedChannels: string[];
  /** Web API base URL; Slack's own unless a proxy (or a test server) stands in. */
  apiUrl?: string;
  /** Let the assistant use its configured language model when it has one. */
  llm: boolean;
}

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { error: 'must be one of 1/0, true/false, yes/no, on/off' })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

// Only the Slack variables: the core's and the bot's IOTSEC_* settings are read by retrieval/config.ts and bot/config.ts.
// One schema over the environment: each key is the env var's own name, so an issue's path names the variable to fix.
const EnvSchema = z.object({
  SLACK_MODE: z.enum(['socket', 'http'], { error: 'must be "socket" (the default) or "http"' }).default('socket'),
  SLACK_BOT_TOKEN: z
    .string({ error: 'is missing: set the Bot User OAuth Token (xoxb-…) from OAuth & Permissions' })
    .startsWith('xoxb-', { error: 'must be a bot token starting with "xoxb-" (OAuth & Permissions › Bot User OAuth Token)' }),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', {
      error: 'must be an app-level token starting with "xapp-" (Basic Information › App-Level Tokens, scope connections:write)',
    })
    .optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, { error: 'must be the hex Signing Secret from Basic Information › App Credentials' })
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(1, { error: 'must be a port number (1-65535)' })
    .max(65535, { error: 'must be a port number (1-65535)' })
    .default(3000),
  SLACK_HOST: z
    .string()
    .refine((v) => isIP(v) !== 0 || v === 'localhost', { error: 'must be an IP address such as 0.0.0.0 (all interfaces) or 127.0.0.1' })
    .default('0.0.0.0'),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, { error: 'must look like "/iotsec": a slash, then up to 31 lowercase letters, digits, - or _' })
    .default('/iotsec'),
  SLACK_ALLOWED_CHANNELS: z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine((ids) => ids.every((id) => /^[CG][A-Z0-9]{2,}$/.test(id)), {
      error: 'must be comma-separated channel ids such as C0123ABCD (not #names)',
    }),
  SLACK_USE_LLM: flag.default(true),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' }).optional(),
});

/**
 * Reads and validates the adapter's environment. Every problem becomes one
 * line naming the variable, what was expected and how to fix it; all of them
 * are reported together in one CodedError (config_invalid).
 */
export function loadSlackConfig(env: Record<string, string | undefined> = process.env): SlackConfig {
  // Empty strings (e.g. `SLACK_APP_TOKEN=` in a .env file) mean "unset", so defaults and "missing" messages apply.
  const present = Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, v!.trim()]),
  );
  const parsed = EnvSchema.safeParse(present);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')} ${i.message}`);
  if (parsed.success) {
    const e = parsed.data;
    if (e.SLACK_MODE === 'socket' && !e.SLACK_APP_TOKEN) {
      problems.push(
        'SLACK_APP_TOKEN is missing: Socket Mode (the default) needs an app-level token (xapp-…) with connections:write; ' +
          'or set SLACK_MODE=http with SLACK_SIGNING_SECRET',
      );
    }
    if (e.SLACK_MODE === 'http' && !e.SLACK_SIGNING_SECRET) {
      problems.push(
        'SLACK_SIGNING_SECRET is missing: HTTP mode needs the Signing Secret (Basic Information › App Credentials) to verify requests',
      );
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new CodedError(ErrorCode.ConfigInvalid, `Slack configuration is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`, {
      fields: { problems },
    });
  }
  const e = parsed.data;
  return {
    mode: e.SLACK_MODE,
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    port: e.PORT,
    host: e.SLACK_HOST,
    command: e.SLACK_COMMAND,
    allowedChannels: e.SLACK_ALLOWED_CHANNELS,
    llm: e.SLACK_USE_LLM,
    apiUrl: e.SLACK_API_URL,
  };
}
