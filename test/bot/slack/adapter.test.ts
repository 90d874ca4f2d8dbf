/**
 * The production ack-first flow (Bolt answers Slack's HTTP request before the
 * listener runs, as it must within 3 seconds), the per-user rate limit and the
 * channel allowlist. Replies arrive after the HTTP response, so these tests
 * wait (bounded) on the fake Slack instead of on the response.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { BOT_USER_ID } from './fake-slack.ts';
import { buttonClick, ephemerals, startHarness, threadView, type Harness } from './harness.ts';

const MENTION = `<@${BOT_USER_ID}>`;
const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

let dir: string;
let h: Harness;
let tsCounter = 0;
const nextTs = (): string => `1720000000.${String(++tsCounter).padStart(6, '0')}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-manners-'));
  const assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index') });
  h = await startHarness({
    assistant,
    stateDb: join(dir, 'state', 'iotsec.db'),
    env: { SLACK_ALLOWED_CHANNELS: 'C0GENERAL' },
    limiter: new RateLimiter(1, 1), // one question, then a refill of one per minute
    processBeforeResponse: false,
  });
});

afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const mention = (user: string, channel = 'C0GENERAL') => {
  const ts = nextTs();
  return { ts, send: () => h.event({ type: 'app_mention', user, text: `${MENTION} ${QUESTION}`, ts, event_ts: ts, channel }) };
};

describe('ack first, answer after', () => {
  it('acks the HTTP request, then replaces the placeholder with the answer', async () => {
    const m = mention('U0BEA');
    expect((await m.send()).status).toBe(200);
    await h.fake.waitFor(() => threadView(h.fake, 'C0GENERAL', m.ts)[0]?.updated === true, 'the answer');
    expect(threadView(h.fake, 'C0GENERAL', m.ts)[0].text).toContain('Bret Jordan');
  });

  it('tells a user who asks too fast to wait, with a friendly notice', async () => {
    const first = mention('U0CAT');
    await first.send();
    await h.fake.waitFor(() => threadView(h.fake, 'C0GENERAL', first.ts)[0]?.updated === true, 'the first answer');
    const second = mention('U0CAT');
    await second.send();
    await h.fake.waitFor(() => threadView(h.fake, 'C0GENERAL', second.ts)[0]?.updated === true, 'the notice');
    expect(threadView(h.fake, 'C0GENERAL', second.ts)[0].text).toMatch(/faster than I can keep up: please wait \d+s/);
  });

  it('answers only in allow-listed channels, and says so privately elsewhere', async () => {
    const m = mention('U0DAN', 'C0RANDOM');
    await m.send();
    await h.fake.waitFor(() => ephemerals(h.fake, 'U0DAN', 'C0RANDOM').length === 1, 'the allowlist notice');
    expect(ephemerals(h.fake, 'U0DAN', 'C0RANDOM')[0]).toMatch(/designated channels/);
    expect(threadView(h.fake, 'C0RANDOM', m.ts)).toHaveLength(0);
  });

  it('stores a vote (creating the votes folder) even when every Slack call fails afterwards', async () => {
    const m = mention('U0EVE');
    await m.send();
    await h.fake.waitFor(() => threadView(h.fake, 'C0GENERAL', m.ts)[0]?.updated === true, 'the answer');
    const shown = threadView(h.fake, 'C0GENERAL', m.ts)[0];
    const votes = shown.blocks.find((b) => b.type === 'actions');
    h.fake.failNext('chat.postEphemeral', { error: 'channel_not_found' }, 5);
    const res = await h.action(
      buttonClick(
        { ts: shown.ts, thread_ts: m.ts, blocks: shown.blocks },
        { action_id: 'vote_down', value: votes.elements[1].value },
        'C0GENERAL',
        'U0EVE',
      ),
    );
    expect(res.status).toBe(200);
    await h.fake.waitFor(
      () => h.fake.calls.some((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U0EVE'),
      'the thank-you attempt',
    );
    const stored = h.votes();
    expect(stored.map((v) => [v.vote, v.question])).toEqual([['down', QUESTION]]);
  });
});
