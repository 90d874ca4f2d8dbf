import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../../bot/discord/config.ts';
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
const VALID = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '110000000000000001' };

function failure(env: NodeJS.ProcessEnv): CodedError {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(CodedError);
    return error as CodedError;
  }
  throw new Error('expected loadDiscordConfig to throw');
}

describe('loadDiscordConfig', () => {
  it('reads a valid environment, with defaults for the optional settings', () => {
    expect(loadDiscordConfig({ ...VALID, PATH: '/usr/bin' })).toEqual({
      token: TOKEN,
      applicationId: '110000000000000001',
      guildId: undefined,
      allowedGuilds: [],
      allowedChannels: [],
      feedbackFile: resolve(REPO_ROOT, 'data/feedback.jsonl'),
    });
  });

  it('reads the guild for command registration, the allowlists and the feedback file', () => {
    const config = loadDiscordConfig({
      ...VALID,
      DISCORD_GUILD_ID: '110000000000000003',
      DISCORD_ALLOWED_GUILDS: '110000000000000003, 110000000000000009',
      DISCORD_ALLOWED_CHANNELS: '110000000000000004',
      IOTSEC_FEEDBACK: '/tmp/votes.jsonl',
    });
    expect(config).toMatchObject({
      guildId: '110000000000000003',
      allowedGuilds: ['110000000000000003', '110000000000000009'],
      allowedChannels: ['110000000000000004'],
      feedbackFile: '/tmp/votes.jsonl',
    });
  });

  it.each([
    [{ DISCORD_APPLICATION_ID: VALID.DISCORD_APPLICATION_ID }, 'DISCORD_TOKEN', /not set/],
    [{ ...VALID, DISCORD_TOKEN: 'hunter2' }, 'DISCORD_TOKEN', /does not look like a bot token/],
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID', /not set/],
    [{ ...VALID, DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID', /17–20 digits/],
    [{ ...VALID, DISCORD_GUILD_ID: 'general' }, 'DISCORD_GUILD_ID', /server id/],
    [{ ...VALID, DISCORD_ALLOWED_CHANNELS: '110000000000000004,#general' }, 'DISCORD_ALLOWED_CHANNELS', /comma-separated list/],
  ])('rejects %o with one line naming %s', (env, variable, message) => {
    const error = failure(env);
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.fields.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('hunter2'); // never echo a secret
  });
});
