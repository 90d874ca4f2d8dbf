import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../../bot/discord/config.ts';
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';

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
    });
  });

  it('reads the guild for command registration, the allowlists and the REST and gateway URLs', () => {
    const config = loadDiscordConfig({
      ...VALID,
      DISCORD_GUILD_ID: '110000000000000003',
      DISCORD_ALLOWED_GUILDS: '110000000000000003, 110000000000000009',
      DISCORD_ALLOWED_CHANNELS: '110000000000000004',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
      DISCORD_GATEWAY_URL: 'ws://127.0.0.1:8081',
    });
    expect(config).toMatchObject({
      guildId: '110000000000000003',
      allowedGuilds: ['110000000000000003', '110000000000000009'],
      allowedChannels: ['110000000000000004'],
      apiUrl: 'http://127.0.0.1:8080/api',
      gatewayUrl: 'ws://127.0.0.1:8081',
    });
  });

  it.each([
    [{ DISCORD_APPLICATION_ID: VALID.DISCORD_APPLICATION_ID }, 'DISCORD_TOKEN', /not set/],
    [{ ...VALID, DISCORD_TOKEN: 'hunter2' }, 'DISCORD_TOKEN', /does not look like a bot token/],
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID', /not set/],
    [{ ...VALID, DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID', /17–20 digits/],
    [{ ...VALID, DISCORD_GUILD_ID: 'general' }, 'DISCORD_GUILD_ID', /server id/],
    [{ ...VALID, DISCORD_ALLOWED_CHANNELS: '110000000000000004,#general' }, 'DISCORD_ALLOWED_CHANNELS', /comma-separated list/],
    [{ ...VALID, DISCORD_API_URL: 'discord.com/api' }, 'DISCORD_API_URL', /http\(s\) URL/],
    [{ ...VALID, DISCORD_GATEWAY_URL: 'http://127.0.0.1:1' }, 'DISCORD_GATEWAY_URL', /ws\(s\) URL/],
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
