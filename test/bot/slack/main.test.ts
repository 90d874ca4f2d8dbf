/**
 * `npm run slack` as a process: config errors are one readable line per
 * variable and exit 2; in HTTP mode on 127.0.0.1 it answers a correctly
 * signed mention through the fake Slack, stores a vote, and exits 0 on
 * SIGTERM (graceful shutdown).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, freePort, startNpm, startTs } from '../processes.ts';
import { BOT_USER_ID, FakeSlack } from './fake-slack.ts';
import { actionBody, buttonClick, eventBody, readable, SIGNING_SECRET, signedPost } from './harness.ts';

let dir: string;
let fake: FakeSlack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-main-'));
  fake = await new FakeSlack().start();
});

afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('bot/slack/main.ts', () => {
  it('refuses a missing configuration with one line per variable, exit code 2', async () => {
    const p = startTs('bot/slack/main.ts', { env: cleanEnv({}) });
    expect(await p.exit).toBe(2);
    expect(p.stderr()).toMatch(/- SLACK_BOT_TOKEN is missing/);
    expect(p.stderr()).toMatch(/docs\/slack\.md/);
  });

  it('`npm run slack` serves in HTTP mode on 127.0.0.1, answers, stores a vote and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const stateDb = join(dir, 'iotsec.db');
    const env = {
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: String(port),
      SLACK_HOST: '127.0.0.1',
    };
    const p = startNpm(
      'slack',
      cleanEnv({ ...env, SLACK_API_URL: `${fake.url}/api/`, IOTSEC_INDEX: join(dir, 'index'), IOTSEC_STATE_DB: stateDb }),
    );
    await p.waitForLog('listening on port');
    expect(p.stderr()).toContain(`listening on port ${port} of 127.0.0.1`);

    const url = `http://127.0.0.1:${port}/slack/events`;
    const event = {
      type: 'app_mention',
      user: 'U0ANA',
      text: `<@${BOT_USER_ID}> Who are the co-convenors of JCG-IoTSec?`,
      ts: '1730000000.000001',
      channel: 'C0MAIN',
    };
    expect((await signedPost(url, eventBody(event), 'application/json')).status).toBe(200);
    await fake.waitFor(() => fake.of('chat.update', (a) => a.channel === 'C0MAIN').length > 0, 'the answer');
    const answer = fake.of('chat.update', (a) => a.channel === 'C0MAIN')[0];
    expect(readable(answer.blocks)).toContain('Bret Jordan');

    const key = answer.blocks.find((b: { type: string }) => b.type === 'actions').elements[0].value;
    const click = buttonClick(
      { ts: answer.ts, thread_ts: event.ts, blocks: answer.blocks },
      { action_id: 'vote_up', value: key },
      'C0MAIN',
    );
    expect((await signedPost(url, actionBody(click), 'application/x-www-form-urlencoded')).status).toBe(200);
    await fake.waitFor(() => fake.of('chat.postEphemeral', (a) => a.channel === 'C0MAIN').length > 0, 'the thanks');

    p.signal('SIGTERM');
    await p.gone();
    expect(p.stderr()).toMatch(/"signal":"SIGTERM".*"msg":"shutting down"[^]*"msg":"stopped"/);
    const db = new Database(stateDb, { readonly: true });
    expect(db.prepare('SELECT platform, vote FROM votes').all()).toEqual([{ platform: 'slack', vote: 'up' }]);
    db.close();
  });
});
