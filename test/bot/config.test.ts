/**
 * The bot's settings and the one rule for paths: relative to the working
 * directory, defaults under the repository. The last test runs the real
 * Slack and Discord processes and the CLI, each from a different folder,
 * on one relative store path, and sees them share the same votes.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENV_NAMES, loadBotConfig } from '../../bot/config.ts';
import { CORE_ENV_NAMES, loadCoreConfig, REPO_ROOT } from '../../retrieval/config.ts';
import { CodedError } from '../../retrieval/errors.ts';
import { FakeDiscord, IDS } from './discord/fake-discord.ts';
import { buttonIds, callbackRoute, originalRoute } from './discord/interactions.ts';
import { click, slash } from './discord/payloads.ts';
import { cleanEnv, freePort, startTs } from './processes.ts';
import { FakeSlack } from './slack/fake-slack.ts';
import { mentionAndVote, SIGNING_SECRET } from './slack/harness.ts';

describe('loadBotConfig', () => {
  it('defaults to absolute paths under the repository and the standard rate limit', () => {
    expect(loadBotConfig({})).toEqual({
      stateDb: join(REPO_ROOT, 'data', 'iotsec.db'),
      legacyVotesFile: join(REPO_ROOT, 'data', 'feedback.jsonl'),
      rateLimit: { perMinute: 10, burst: 5 },
    });
  });

  it('resolves a relative path against the working directory, as the core does', () => {
    const config = loadBotConfig({
      IOTSEC_STATE_DB: 'state/x.db',
      IOTSEC_FEEDBACK: 'old.jsonl',
      IOTSEC_RATE_BURST: '2',
      IOTSEC_RATE_PER_MINUTE: '30',
    });
    expect(config).toEqual({
      stateDb: resolve('state/x.db'),
      legacyVotesFile: resolve('old.jsonl'),
      rateLimit: { perMinute: 30, burst: 2 },
    });
    expect(loadCoreConfig({ IOTSEC_INDEX: 'idx' }).indexDir).toBe(resolve('idx'));
  });

  it('refuses a bad value in one line naming the variable', () => {
    expect(() => loadBotConfig({ IOTSEC_RATE_BURST: 'lots' })).toThrow(/^IOTSEC_RATE_BURST must be a whole number$/);
  });

  it('rejects an unknown IOTSEC_* variable listing the known ones; neither the core nor the bot rejects the other’s', () => {
    try {
      loadBotConfig({ IOTSEC_STATE_BD: 'x.db' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(CodedError);
      const message = (error as Error).message;
      expect(message).toMatch(/^Unknown environment variable IOTSEC_STATE_BD\. Known: /);
      for (const name of [...CORE_ENV_NAMES, ...BOT_ENV_NAMES]) expect(message).toContain(name);
    }
    expect(() => loadCoreConfig({ IOTSEC_STATE_DB: 'x.db', IOTSEC_RATE_BURST: '3' })).not.toThrow();
    expect(() => loadBotConfig({ IOTSEC_CORPUS: 'corpus', IOTSEC_LLM_RETRIES: '1' })).not.toThrow();
    expect(() => loadCoreConfig({ IOTSEC_TYPO: '1' })).toThrow(/IOTSEC_TYPO/);
  });
});

let dir: string;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iotsec-cwd-'));
  for (const folder of ['slack-home', 'discord-home/sub', 'elsewhere']) await mkdir(join(dir, folder), { recursive: true });
  slackFake = await new FakeSlack().start();
  discordFake = await FakeDiscord.start();
});
afterAll(async () => {
  await slackFake?.close();
  await discordFake?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('one store from any working directory', () => {
  it('Slack, Discord and `iotsec votes`, started in three folders on a relative IOTSEC_STATE_DB, share one file', async () => {
    const store = join(dir, 'slack-home', 'state', 'iotsec.db');
    const port = await freePort();
    const slackBot = startSlack(join(dir, 'slack-home'), 'state/iotsec.db', port);
    const discordHome = join(dir, 'discord-home', 'sub');
    const discordBot = startDiscord(discordHome, relative(discordHome, store));
    await Promise.all([slackBot.waitForLog('listening on port'), discordBot.waitForLog('discord bot ready')]);
    await Promise.all([mentionAndVote(slackFake, `http://127.0.0.1:${port}/slack/events`, 'C0CWD'), voteInDiscord(discordFake)]);
    slackBot.signal('SIGTERM');
    discordBot.signal('SIGTERM');
    await Promise.all([slackBot.gone(), discordBot.gone()]);

    const elsewhere = join(dir, 'elsewhere');
    const cli = startTs('bot/cli/main.ts', {
      cwd: elsewhere,
      args: ['votes', '--json'],
      env: cleanEnv({ IOTSEC_STATE_DB: relative(elsewhere, store) }),
    });
    expect(await cli.exit).toBe(0);
    const votes = JSON.parse(cli.stdout()) as { platform: string; vote: string }[];
    expect(votes.map((v) => `${v.platform}:${v.vote}`).sort()).toEqual(['discord:down', 'slack:up']);
  });
});

/** `bot/slack/main.ts` in HTTP mode on 127.0.0.1, started in `cwd` with the store at `stateDb` (relative to `cwd`). */
function startSlack(cwd: string, stateDb: string, port: number) {
  const settings = {
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: String(port),
    SLACK_HOST: '127.0.0.1',
  };
  const core = { IOTSEC_INDEX: join(dir, 'index-slack'), IOTSEC_STATE_DB: stateDb };
  return startTs('bot/slack/main.ts', { cwd, env: cleanEnv({ ...settings, SLACK_API_URL: `${slackFake.url}/api/`, ...core }) });
}

/** `bot/discord/main.ts` on the fake Discord, started in `cwd` with the store at `stateDb` (relative to `cwd`). */
function startDiscord(cwd: string, stateDb: string) {
  const settings = { DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345', DISCORD_APPLICATION_ID: IDS.app };
  const core = { IOTSEC_INDEX: join(dir, 'index-discord'), IOTSEC_STATE_DB: stateDb };
  return startTs('bot/discord/main.ts', { cwd, env: cleanEnv({ ...settings, DISCORD_API_URL: discordFake.api, ...core }) });
}

async function voteInDiscord(fake: FakeDiscord): Promise<void> {
  const ask = slash(fake, 'ask', { question: 'Who are the co-convenors of JCG-IoTSec?' });
  fake.dispatch('INTERACTION_CREATE', ask);
  const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.route === originalRoute(ask) && c.status === 200, 0, 30_000);
  const vote = click(
    fake,
    buttonIds(edit.body).find((id) => id.startsWith('vote:down:'))!,
    edit.response,
  );
  fake.dispatch('INTERACTION_CREATE', vote);
  await fake.waitForCall((c) => c.route === callbackRoute(vote));
}
