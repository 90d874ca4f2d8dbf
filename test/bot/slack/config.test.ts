import { describe, expect, it } from 'vitest';
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';
import { loadSlackConfig } from '../../../bot/slack/config.ts';

const problems = (env: Record<string, string>): string[] => {
  try {
    loadSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe(ErrorCode.ConfigInvalid);
    return (error as CodedError).fields.problems as string[];
  }
  throw new Error('expected the config to be refused');
};

describe('loadSlackConfig', () => {
  it('defaults to Socket Mode with /iotsec and no allowlist', () => {
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config).toMatchObject({ mode: 'socket', command: '/iotsec', allowedChannels: [], port: 3000, host: '0.0.0.0', llm: true });
  });

  it('reads HTTP mode, port, command and allowlist', () => {
    const config = loadSlackConfig({
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'abcdef0123456789',
      PORT: '8080',
      SLACK_COMMAND: '/jcg',
      SLACK_ALLOWED_CHANNELS: 'C012AB, G034CD',
      SLACK_USE_LLM: 'off',
    });
    expect(config).toMatchObject({ mode: 'http', port: 8080, command: '/jcg', allowedChannels: ['C012AB', 'G034CD'], llm: false });
  });

  it('names each missing or malformed variable on its own line', () => {
    expect(problems({})).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN is missing/)]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN is missing: Socket Mode/)]);
    expect(problems({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET is missing/),
    ]);
    const many = problems({
      SLACK_BOT_TOKEN: 'xoxp-user',
      SLACK_APP_TOKEN: 'xoxb-wrong',
      SLACK_COMMAND: 'iotsec',
      PORT: 'eighty',
      SLACK_ALLOWED_CHANNELS: '#general',
      SLACK_MODE: 'ws',
    });
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_COMMAND', 'PORT', 'SLACK_ALLOWED_CHANNELS', 'SLACK_MODE']) {
      expect(many.some((line) => line.startsWith(`${name} `))).toBe(true);
    }
    for (const line of many) expect(line).not.toContain('\n');
  });

  it('treats empty values as unset', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_COMMAND: '', PORT: ' ' }).command).toBe('/iotsec');
  });
});
