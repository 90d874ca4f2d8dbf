/**
 * A real Bolt app in HTTP mode on 127.0.0.1, its Web API pointed at the
 * FakeSlack, and helpers that send correctly signed Slack requests (the v0
 * scheme: HMAC-SHA256 of `v0:${timestamp}:${body}` with the signing secret).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import { ChatCore } from '../../../bot/chat/chat-core.ts';
import type { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import type { Vote } from '../../../bot/chat/votes.ts';
import { SlackAdapter } from '../../../bot/slack/adapter.ts';
import { loadSlackConfig } from '../../../bot/slack/config.ts';
import { openStateStore, type StateStore } from '../../../bot/store/open-store.ts';
import { BOT_USER_ID, FakeSlack } from './fake-slack.ts';
import { actionBody, buttonClick, commandBody, eventBody, signedPost, SIGNING_SECRET } from './requests.ts';

export * from './requests.ts';
import type { Json } from '../json.ts';

export interface Harness {
  fake: FakeSlack;
  bot: SlackAdapter;
  store: StateStore;
  url: string;
  /** Every vote in the state store, oldest first. */
  votes(): Vote[];
  /** POSTs a raw body to the events endpoint, signed unless told otherwise. */
  post(body: string, contentType: string, sign?: { secret?: string; timestamp?: number }): Promise<Response>;
  event(event: Record<string, unknown>): Promise<Response>;
  command(text: string, fields?: Record<string, string>): Promise<Response>;
  action(payload: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts a harness. With `processBeforeResponse` (the default here) Bolt
 * answers the HTTP request only after the listeners finish, so when a send
 * resolves every Web API call it caused has been recorded: no polling. Set
 * it to false to run the production ack-first flow and wait on the fake.
 */
export async function startHarness(options: {
  assistant: Assistant;
  /** The state store's SQLite file (votes and thread memory). */
  stateDb: string;
  env?: Record<string, string>;
  limiter?: RateLimiter;
  processBeforeResponse?: boolean;
}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const config = {
    ...loadSlackConfig({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, ...options.env }),
    port: 0, // any free port
    host: '127.0.0.1',
  };
  // A short busy timeout: a test that locks the store sees the failed write at once.
  const store = openStateStore({ path: options.stateDb, busyTimeoutMs: 50 });
  const log = pino({ level: 'silent' });
  const core = new ChatCore({
    assistant: options.assistant,
    votes: store.votes,
    memory: store.conversations,
    limiter: options.limiter,
    llm: config.llm,
    log,
  });
  const bot = new SlackAdapter({
    core,
    config,
    logger: log,
    processBeforeResponse: options.processBeforeResponse ?? true,
    // No retries and no sleeping on 429: a scripted rate limit fails the call at once.
    clientOptions: { slackApiUrl: `${fake.url}/api/`, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
  });
  await bot.start();
  // Bolt checks the token (auth.test) in the background at start-up: let it land so tests count only their own calls.
  await fake.waitFor(() => fake.calls.some((c) => c.method === 'auth.test'), 'auth.test', 5000);
  const url = `http://127.0.0.1:${bot.address!.port}/slack/events`;

  const post: Harness['post'] = (body, contentType, sign = {}) => signedPost(url, body, contentType, sign);

  return {
    fake,
    bot,
    store,
    url,
    votes: () => store.votes.list().votes,
    post,
    event: (event) => post(eventBody(event), 'application/json'),
    command: (text, fields = {}) => post(commandBody(fake.url, text, fields), 'application/x-www-form-urlencoded'),
    action: (payload) => post(actionBody(payload), 'application/x-www-form-urlencoded'),
    close: async () => {
      await bot.stop();
      await fake.close();
      store.close();
    },
  };
}

/** Every text a person would read in some blocks: sections, context lines, button labels, in order. */
export function readable(blocks: Json[] = []): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.text?.text) out.push(b.text.text);
    for (const e of b.elements ?? []) out.push(e.text?.text ?? e.text ?? '');
    if (b.accessory?.text?.text) out.push(b.accessory.text.text);
  }
  return out.join('\n');
}

/** One bot message as the channel shows it now (after its last successful chat.update). */
export interface Shown {
  ts: string;
  text: string;
  /** Block Kit JSON as recorded. */
  blocks: Json[];
  updated: boolean;
}

/** The bot's messages in one thread, oldest first, each as last updated. */
export function threadView(fake: FakeSlack, channel: string, threadTs: string): Shown[] {
  return fake
    .of('chat.postMessage', (a) => a.channel === channel && a.thread_ts === threadTs)
    .map((post) => {
      const updates = fake.of('chat.update', (u) => u.channel === channel && u.ts === post.assignedTs);
      const last = updates.at(-1) ?? post;
      return { ts: post.assignedTs, text: readable(last.blocks), blocks: last.blocks ?? [], updated: updates.length > 0 };
    });
}

/** Ephemeral messages shown to one user, as readable text. */
export function ephemerals(fake: FakeSlack, user: string, channel?: string): string[] {
  return fake
    .of('chat.postEphemeral', (a) => a.user === user && (channel === undefined || a.channel === channel))
    .map((a) => readable(a.blocks));
}

export const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
export const MENTION = `<@${BOT_USER_ID}>`;
export const USER = 'U0ANA';

/** One test file's Slack: the harness and helpers to send what people send. */
export interface TestBed {
  h: Harness;
  assistant: Assistant;
  /** An app_mention in #general (a fresh ts each time); `send()` posts it signed. */
  mention(text: string, extra?: Record<string, unknown>): { ts: string; send(): Promise<Response> };
  /** A DM from the test user. */
  dm(text: string, extra?: Record<string, unknown>): { ts: string; send(): Promise<Response> };
  /** The answer message of a thread: the placeholder, as updated. */
  answerIn(channel: string, threadTs: string): Shown;
}

let tsCounter = 0;
/** A fresh message timestamp: each Slack message has its own ts. */
export const nextTs = (): string => `1710000000.${String(++tsCounter).padStart(6, '0')}`;

/**
 * Starts a harness for the calling test file (beforeAll) over the real
 * engine and corpus, and stops it afterwards (afterAll). Fields are filled
 * once beforeAll has run.
 */
export function useHarness(
  options: { env?: Record<string, string>; limiter?: RateLimiter; processBeforeResponse?: boolean } = {},
): TestBed {
  let dir = '';
  const bed = {} as TestBed;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slack-test-'));
    bed.assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index') });
    bed.h = await startHarness({ assistant: bed.assistant, stateDb: join(dir, 'state', 'iotsec.db'), ...options });
  });
  afterAll(async () => {
    await bed.h?.close();
    await rm(dir, { recursive: true, force: true });
  });
  bed.mention = (text, extra = {}) => {
    const ts = nextTs();
    return { ts, send: () => bed.h.event({ type: 'app_mention', user: USER, text, ts, event_ts: ts, channel: 'C0GENERAL', ...extra }) };
  };
  bed.dm = (text, extra = {}) => {
    const ts = nextTs();
    return {
      ts,
      send: () => bed.h.event({ type: 'message', channel_type: 'im', channel: 'D0ANA', user: USER, text, ts, event_ts: ts, ...extra }),
    };
  };
  bed.answerIn = (channel, threadTs) => {
    const view = threadView(bed.h.fake, channel, threadTs);
    expect(view.length).toBeGreaterThan(0);
    expect(view[0].updated).toBe(true);
    return view[0];
  };
  return bed;
}

/**
 * Against a bot process listening at `url`: a signed mention in `channel`,
 * its answer (waited for on the fake), then a signed 👍 on it and the thanks.
 * Returns the answer as last shown.
 */
export async function mentionAndVote(fake: FakeSlack, url: string, channel: string): Promise<Shown> {
  const ts = nextTs();
  const text = `${MENTION} ${QUESTION}`;
  expect((await signedPost(url, eventBody({ type: 'app_mention', user: USER, text, ts, channel }), 'application/json')).status).toBe(200);
  await fake.waitFor(() => threadView(fake, channel, ts)[0]?.updated === true, 'the answer', 30_000);
  const answer = threadView(fake, channel, ts)[0];
  const key = answer.blocks.find((b) => b.type === 'actions').elements[0].value;
  const click = buttonClick({ ts: answer.ts, thread_ts: ts, blocks: answer.blocks }, { action_id: 'vote_up', value: key }, channel);
  expect((await signedPost(url, actionBody(click), 'application/x-www-form-urlencoded')).status).toBe(200);
  await fake.waitFor(() => ephemerals(fake, USER, channel).length > 0, 'the thanks');
  return answer;
}
