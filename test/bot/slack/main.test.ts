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
import { FakeSlack } from './fake-slack.ts';
import { ephemerals, mentionAndVote, SIGNING_SECRET } from './harness.ts';

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

    const answer = await mentionAndVote(fake, `http://127.0.0.1:${port}/slack/events`, 'C0MAIN');
    expect(answer.text).toContain('Bret Jordan');
    expect(ephemerals(fake, 'U0ANA', 'C0MAIN')).toEqual([expect.stringMatching(/👍 is recorded/)]);

    p.signal('SIGTERM');
    await p.gone();
    expect(p.stderr()).toMatch(/"signal":"SIGTERM".*"msg":"shutting down"[^]*"msg":"stopped"/);
    const db = new Database(stateDb, { readonly: true });
    expect(db.prepare('SELECT platform, vote FROM votes').all()).toEqual([{ platform: 'slack', vote: 'up' }]);
    db.close();
  });
});
