/**
 * `npm run discord` as a process, pointed at the fake Discord on 127.0.0.1
 * by DISCORD_API_URL and DISCORD_GATEWAY_URL: it connects, answers /ask,
 * stores a vote, and stops cleanly on SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, startNpm } from '../processes.ts';
import { FakeDiscord, IDS } from './fake-discord.ts';
import { buttonIds, callbackRoute, originalRoute } from './interactions.ts';
import { click, slash } from './payloads.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
let dir: string;
let fake: FakeDiscord;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'discord-main-'));
  fake = await FakeDiscord.start();
  // Discord's REST names the gateway; here it names a dead one, so only DISCORD_GATEWAY_URL can get the bot connected.
  fake.advertisedGatewayUrl = 'ws://127.0.0.1:9';
});

afterAll(async () => {
  await fake?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('bot/discord/main.ts', () => {
  it('`npm run discord` connects through DISCORD_API_URL and DISCORD_GATEWAY_URL, answers, stores a vote, stops on SIGTERM', async () => {
    const stateDb = join(dir, 'iotsec.db');
    const settings = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: fake.api,
      DISCORD_GATEWAY_URL: fake.gatewayUrl,
    };
    const p = startNpm('discord', cleanEnv({ ...settings, IOTSEC_INDEX: join(dir, 'index'), IOTSEC_STATE_DB: stateDb }));
    await p.waitForLog('discord bot ready');

    const ask = slash(fake, 'ask', { question: 'Who are the co-convenors of JCG-IoTSec?' });
    fake.dispatch('INTERACTION_CREATE', ask);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.route === originalRoute(ask) && c.status === 200, 0, 20_000);
    expect(JSON.stringify(edit.body.embeds)).toContain('Bret Jordan');

    const vote = click(
      fake,
      buttonIds(edit.body).find((id) => id.startsWith('vote:up:'))!,
      edit.response,
    );
    fake.dispatch('INTERACTION_CREATE', vote);
    const thanks = await fake.waitForCall((c) => c.route === callbackRoute(vote));
    expect(thanks.body.data.content).toMatch(/👍 is recorded/);

    p.signal('SIGTERM');
    await p.gone();
    expect(p.stderr()).toMatch(/"msg":"shutting down"[^]*"msg":"stopped"/);
    expect(fake.closeCodes.at(-1)).toBe(1000);
    const db = new Database(stateDb, { readonly: true });
    expect(db.prepare('SELECT platform, vote FROM votes').all()).toEqual([{ platform: 'discord', vote: 'up' }]);
    db.close();
  });
});
