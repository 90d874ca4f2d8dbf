/**
 * `npm run slack` as a process: config errors are one readable line per
 * variable and exit 2; in HTTP mode it answers a signed mention through the
 * fake Slack and exits 0 on SIGTERM (graceful shutdown).
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID, FakeSlack } from './fake-slack.ts';
import { SIGNING_SECRET } from './harness.ts';

let dir: string;
let fake: FakeSlack;
const children: ReturnType<typeof spawn>[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-main-'));
  fake = await new FakeSlack().start();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); // only if a test failed midway
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The environment without any Slack settings of the machine running the tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('IOTSEC_') && k !== 'PORT'));
  return { ...env, LOG_LEVEL: 'info', IOTSEC_CORPUS: 'corpus', IOTSEC_INDEX: join(dir, 'index'), IOTSEC_FEEDBACK: join(dir, 'feedback.jsonl'), ...extra };
}

function run(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/slack/main.ts'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('bot/slack/main.ts', () => {
  it('refuses a missing configuration with one line per variable, exit code 2', async () => {
    const p = run(cleanEnv({}));
    expect(await p.exit).toBe(2);
    expect(p.stderr()).toMatch(/- SLACK_BOT_TOKEN is missing/);
    expect(p.stderr()).toMatch(/docs\/slack\.md/);
  });

  it('serves in HTTP mode and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const p = run(cleanEnv({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: `${fake.url}/api/` }));
    for (let i = 0; i < 400 && !p.stderr().includes('listening on port'); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(p.stderr()).toContain('listening on port');

    const body = JSON.stringify({
      type: 'event_callback', team_id: 'T0FAKE', api_app_id: 'A0FAKE', event_id: 'EvMain',
      authorizations: [{ team_id: 'T0FAKE', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0ANA', text: `<@${BOT_USER_ID}> Who are the co-convenors of JCG-IoTSec?`, ts: '1730000000.000001', channel: 'C0MAIN' },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) },
      body,
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.of('chat.update', (a) => a.channel === 'C0MAIN').length > 0, 'the answer');
    expect(JSON.stringify(fake.of('chat.update', (a) => a.channel === 'C0MAIN')[0].blocks)).toContain('Bret Jordan');

    p.child.kill('SIGTERM');
    expect(await p.exit).toBe(0);
    expect(p.stderr()).toContain('shutting down');
  });
});
