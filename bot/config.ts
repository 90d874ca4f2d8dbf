/**
 * The bot's own settings, shared by the CLI, Slack and Discord: where the
 * state store lives (votes and thread memory) and the per-user rate limit.
 * The core's settings (corpus, index, model) stay in retrieval/config.ts;
 * the platform settings in slack/config.ts and discord/config.ts.
 *
 * Paths follow the core's one rule (`settingPath`): relative to the working
 * directory when set, absolute under the repository by default, so the CLI's
 * `votes` and both bots open the same file from any working directory.
 */
import { z } from 'zod';
import { checkEnvNames, declareEnvNames, settingPath } from '../retrieval/config.ts';
import { CodedError, ErrorCode } from '../retrieval/errors.ts';

/** The IOTSEC_* variables the bot reads. */
export const BOT_ENV_NAMES = ['IOTSEC_STATE_DB', 'IOTSEC_FEEDBACK', 'IOTSEC_RATE_PER_MINUTE', 'IOTSEC_RATE_BURST'] as const;

// openAssistant() runs the core's strict IOTSEC_* check over the whole environment: it must know ours.
declareEnvNames(BOT_ENV_NAMES);

/** Validated bot settings; built once at start-up by {@link loadBotConfig}. */
export interface BotConfig {
  /** The SQLite file holding votes and thread memory. */
  stateDb: string;
  /** The JSON Lines votes file of earlier versions, imported once into the store when it exists. */
  legacyVotesFile: string;
  /** Per-user token bucket: `burst` questions at once, refilled at `perMinute`. */
  rateLimit: { perMinute: number; burst: number };
}

const count = (variable: string, max: number) =>
  z.coerce
    .number({ error: `${variable} must be a whole number` })
    .int({ error: `${variable} must be a whole number` })
    .min(1, { error: `${variable} must be at least 1` })
    .max(max, { error: `${variable} must be at most ${max}` })
    .optional();

const Env = z.object({
  IOTSEC_STATE_DB: z.string().optional(),
  IOTSEC_FEEDBACK: z.string().optional(),
  IOTSEC_RATE_PER_MINUTE: count('IOTSEC_RATE_PER_MINUTE', 10_000),
  IOTSEC_RATE_BURST: count('IOTSEC_RATE_BURST', 10_000),
});

/**
 * Reads the bot's settings. Unknown IOTSEC_* names are refused here too
 * (the core's and ours are known), so the CLI and the bots fail the same way
 * on a typo. Throws a one-line `config_invalid` CodedError naming the variable.
 */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  checkEnvNames(env, BOT_ENV_NAMES);
  // Empty values (`IOTSEC_STATE_DB=` in a .env file) mean "unset", so the defaults apply.
  const present = Object.fromEntries(BOT_ENV_NAMES.map((k) => [k, env[k]?.trim() || undefined]));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodedError(ErrorCode.ConfigInvalid, issue.message, { fields: { variable: String(issue.path[0]) } });
  }
  const e = parsed.data;
  return {
    stateDb: settingPath(e.IOTSEC_STATE_DB, 'data', 'iotsec.db'),
    legacyVotesFile: settingPath(e.IOTSEC_FEEDBACK, 'data', 'feedback.jsonl'),
    rateLimit: { perMinute: e.IOTSEC_RATE_PER_MINUTE ?? 10, burst: e.IOTSEC_RATE_BURST ?? 5 },
  };
}
