/**
 * The Slack adapter end to end: a real Bolt app (HTTP receiver on
 * 127.0.0.1) with the real engine, signed Slack requests in, Web API calls
 * out to a fake Slack on loopback. Assertions are on what Slack would show.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { hashUser, type Vote } from '../../../bot/chat/votes.ts';
import { escapeMrkdwn } from '../../../bot/slack/mrkdwn.ts';
import { FILES_NOTICE } from '../../../bot/slack/messages.ts';
import { BOT_USER_ID } from './fake-slack.ts';
import { buttonClick, ephemerals, readable, startHarness, threadView, type Harness, type Shown } from './harness.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
const MENTION = `<@${BOT_USER_ID}>`;
const USER = 'U0ANA';

let tsCounter = 0;
/** A fresh message timestamp: each Slack message has its own ts. */
const nextTs = (): string => `1710000000.${String(++tsCounter).padStart(6, '0')}`;

let dir: string;
let assistant: Assistant;
let h: Harness;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-test-'));
  assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index') });
  // A generous limiter: this file asks many questions as one user; the rate-limit notice has its own test.
  h = await startHarness({ assistant, stateDb: join(dir, 'iotsec.db'), limiter: new RateLimiter(1000, 1000) });
});

afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const votes = async (): Promise<Vote[]> => h.votes();

function mention(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return { ts, send: () => h.event({ type: 'app_mention', user: USER, text, ts, event_ts: ts, channel: 'C0GENERAL', ...extra }) };
}

function dm(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return { ts, send: () => h.event({ type: 'message', channel_type: 'im', channel: 'D0ANA', user: USER, text, ts, event_ts: ts, ...extra }) };
}

/** The answer message of a thread: the placeholder, as updated. */
function answerIn(channel: string, threadTs: string): Shown {
  const view = threadView(h.fake, channel, threadTs);
  expect(view.length).toBeGreaterThan(0);
  expect(view[0].updated).toBe(true);
  return view[0];
}

describe('questions', () => {
  it('answers an @mention in its thread: placeholder, then the cited answer with Sources, Show clause and votes', async () => {
    const m = mention(`${MENTION} ${QUESTION}`);
    expect((await m.send()).status).toBe(200);
    const placeholder = h.fake.of('chat.postMessage', (a) => a.thread_ts === m.ts)[0];
    expect(readable(placeholder.blocks)).toMatch(/Searching the documents/);
    const shown = answerIn('C0GENERAL', m.ts);
    const expected = await assistant.ask(QUESTION);
    expect(expected.citations.length).toBeGreaterThan(0);
    expect(shown.text).toContain('Bret Jordan');
    expect(shown.text).toMatch(/\[1\]/);
    expect(shown.text).toContain('*Sources*');
    for (const c of expected.citations) {
      expect(shown.text).toContain(`*[${c.n}]*`);
      expect(shown.text).toContain(escapeMrkdwn(c.label));
    }
    const showButtons = shown.blocks.filter((b) => b.accessory?.action_id?.startsWith('show_clause_'));
    expect(showButtons.map((b) => b.accessory.value)).toEqual(expected.citations.map((c) => c.id));
    expect(shown.blocks.at(-1).elements.map((e: { action_id: string }) => e.action_id)).toEqual(['vote_up', 'vote_down']);
  });

  it('words an abstention plainly and cites nothing', async () => {
    const m = mention(`${MENTION} What is the price of bananas in Lima?`);
    await m.send();
    const shown = answerIn('C0GENERAL', m.ts);
    expect(shown.text).toMatch(/No cited answer/);
    expect(shown.text).not.toContain('*Sources*');
    expect(shown.blocks.some((b) => b.accessory?.action_id?.startsWith('show_clause_'))).toBe(false);
  });

  it('answers a direct message in its thread', async () => {
    const m = dm(QUESTION);
    await m.send();
    expect(answerIn('D0ANA', m.ts).text).toContain('Bret Jordan');
  });

  it('carries a thread: the follow-up is answered in the same thread with the first turn as history', async () => {
    const first = mention(`${MENTION} ${QUESTION}`);
    await first.send();
    const followUp = mention(`${MENTION} Who nominated them?`, { thread_ts: first.ts });
    await followUp.send();
    const view = threadView(h.fake, 'C0GENERAL', first.ts);
    expect(view).toHaveLength(2);
    expect(view.every((m) => m.updated)).toBe(true);
    expect(view[1].text).not.toMatch(/Searching|something went wrong/);
    expect(threadView(h.fake, 'C0GENERAL', followUp.ts)).toHaveLength(0);
    // ChatCore's memory, keyed by channel + thread root, now holds both turns.
    expect(h.bot.core.memory.history(`C0GENERAL:${first.ts}`)).toHaveLength(2);
  });
});

describe('slash command', () => {
  const rootOf = (text: string) => h.fake.of('chat.postMessage', (a) => !a.thread_ts && a.channel === 'C0GENERAL' && readable(a.blocks).includes(text)).at(-1);

  it('ask: echoes the question in the channel and answers in its thread', async () => {
    expect((await h.command(`ask ${QUESTION}`)).status).toBe(200);
    const root = rootOf(QUESTION);
    expect(readable(root!.blocks)).toContain(`<@${USER}> asked`);
    expect(answerIn('C0GENERAL', root!.assignedTs).text).toContain('Bret Jordan');
  });

  it('summary and mandate: answered in a thread, never with an error line', async () => {
    for (const text of ['summary JCG-IoTSec', 'mandate']) {
      const before = ephemerals(h.fake, USER).length;
      await h.command(text);
      const root = rootOf(text === 'mandate' ? '/iotsec mandate' : '/iotsec summary JCG-IoTSec');
      const shown = answerIn('C0GENERAL', root!.assignedTs);
      expect(shown.text.length).toBeGreaterThan(20);
      expect(ephemerals(h.fake, USER).slice(before).join('\n')).not.toMatch(/went wrong/);
    }
  });

  it('sources, help, an unknown subcommand and no text: one ephemeral reply each', async () => {
    const cases: [string, RegExp][] = [
      ['sources', /Indexed documents\* \(5\)/],
      ['help', /summary &lt;document or topic&gt;/],
      ['frobnicate', /Unknown command "frobnicate"/],
      ['', /Every answer cites the exact clause/],
    ];
    for (const [text, expected] of cases) {
      const before = ephemerals(h.fake, USER, 'C0GENERAL').length;
      await h.command(text);
      const shown = ephemerals(h.fake, USER, 'C0GENERAL').slice(before);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(expected);
    }
  });

  it('where the bot is not a member, answers privately through response_url', async () => {
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await h.command(`ask ${QUESTION}`, { channel_id: 'C0PRIVATE' });
    const responses = h.fake.calls.filter((c) => c.method === 'response_url');
    expect(responses.at(-1)!.args.response_type).toBe('ephemeral');
    expect(readable(responses.at(-1)!.args.blocks)).toContain('Bret Jordan');
  });
});

describe('buttons', () => {
  let answer: Shown;
  let threadTs: string;

  beforeAll(async () => {
    const m = mention(`${MENTION} ${QUESTION}`);
    await m.send();
    threadTs = m.ts;
    answer = answerIn('C0GENERAL', m.ts);
  });

  const click = (actionPrefix: string) => {
    const block = answer.blocks.find((b) => b.accessory?.action_id?.startsWith(actionPrefix)) ?? answer.blocks.find((b) => b.type === 'actions');
    const button = block.accessory ?? block.elements.find((e: { action_id: string }) => e.action_id === actionPrefix);
    return h.action(buttonClick({ ts: answer.ts, thread_ts: threadTs, text: 'answer', blocks: answer.blocks }, { action_id: button.action_id, value: button.value }));
  };

  it('"Show clause" shows the verbatim clause text to the clicker, in the thread', async () => {
    const before = h.fake.of('chat.postEphemeral').length;
    expect((await click('show_clause_1')).status).toBe(200);
    const shown = h.fake.of('chat.postEphemeral').slice(before);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ user: USER, channel: 'C0GENERAL', thread_ts: threadTs });
    const id = answer.blocks.find((b) => b.accessory?.action_id === 'show_clause_1').accessory.value;
    const clause = assistant.clause(id)!;
    expect(clause.text).toContain('Bret Jordan');
    const text = readable(shown[0].blocks).replace(/^>/gm, '');
    expect(text).toContain(escapeMrkdwn(clause.text));
    expect(text).toContain(escapeMrkdwn(clause.label));
  });

  it('"Show clause" falls back to a modal where Slack refuses the ephemeral message', async () => {
    h.fake.failNext('chat.postEphemeral', { error: 'channel_not_found' });
    const before = h.fake.of('views.open').length;
    await click('show_clause_1');
    const opened = h.fake.of('views.open').slice(before);
    expect(opened).toHaveLength(1);
    expect(opened[0].trigger_id).toMatch(/^trigger\.click\./);
    expect(opened[0].view.type).toBe('modal');
    expect(readable(opened[0].view.blocks)).toContain('Bret Jordan');
  });

  it('a 👍 is stored with question, answer, cited clause ids and a user hash, then thanked', async () => {
    const before = (await votes()).length;
    await click('vote_up');
    const stored = (await votes()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ platform: 'slack', vote: 'up', question: QUESTION, userHash: hashUser(USER) });
    expect(stored[0].answer).toContain('Bret Jordan');
    expect(stored[0].citations).toEqual(answer.blocks.filter((b) => b.accessory?.action_id?.startsWith('show_clause_')).map((b) => b.accessory.value));
    expect(JSON.stringify(stored[0])).not.toContain(USER);
    expect(ephemerals(h.fake, USER).at(-1)).toMatch(/👍 is recorded/);
  });

  it('never loses a vote when Slack rate-limits the thank-you (a changed mind updates the vote)', async () => {
    const key = answer.blocks.find((b) => b.type === 'actions').elements[0].value;
    const mine = async () => (await votes()).filter((v) => v.answerKey === key && v.userHash === hashUser(USER));
    expect((await mine()).map((v) => v.vote)).toEqual(['up']);
    h.fake.failNext('chat.postEphemeral', { status: 429, retryAfter: 30 });
    expect((await click('vote_down')).status).toBe(200);
    expect((await mine()).map((v) => v.vote)).toEqual(['down']);
  });

  it('still stores a vote on an answer from before a restart (unknown key), from the message itself', async () => {
    const before = (await votes()).length;
    const citationIds = answer.blocks.filter((b) => b.accessory?.action_id?.startsWith('show_clause_')).map((b) => b.accessory.value);
    await h.action(buttonClick({ ts: answer.ts, thread_ts: threadTs, text: 'old answer', blocks: answer.blocks }, { action_id: 'vote_up', value: 'key-from-before-restart' }));
    const stored = (await votes()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ vote: 'up', answer: 'old answer', citations: citationIds });
  });
});

describe('request verification', () => {
  const body = () => JSON.stringify({ type: 'event_callback', team_id: 'T0FAKE', api_app_id: 'A0FAKE', event_id: 'EvBad', event: { type: 'app_mention', user: USER, text: `${MENTION} ${QUESTION}`, ts: nextTs(), channel: 'C0GENERAL' } });

  it('refuses a bad signature and a stale timestamp with 401, touching nothing', async () => {
    const before = h.fake.calls.length;
    expect((await h.post(body(), 'application/json', { secret: 'not-the-secret-0000000000000000' })).status).toBe(401);
    expect((await h.post(body(), 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect(h.fake.calls.length).toBe(before);
  });
});

describe('bad input and manners', () => {
  it('an empty mention and an emoji-only mention get a hint in the thread, no placeholder', async () => {
    for (const text of [MENTION, `${MENTION} :wave: 🎉👍🏽`]) {
      const m = mention(text);
      await m.send();
      const view = threadView(h.fake, 'C0GENERAL', m.ts);
      expect(view).toHaveLength(1);
      expect(view[0].updated).toBe(false);
      expect(view[0].text).toMatch(/Ask me a question/);
    }
  });

  it('stays silent on an emoji-only DM, bot messages, its own messages and edits', async () => {
    const before = h.fake.calls.length;
    await dm('🙏').send();
    await dm('Who are you?', { bot_id: 'B0OTHER', subtype: 'bot_message' }).send();
    await dm('Who are you?', { bot_id: 'B0OTHER' }).send();
    await dm(`${QUESTION}`, { user: BOT_USER_ID }).send();
    await dm('', { subtype: 'message_changed', message: { text: QUESTION, user: USER } }).send();
    await dm('', { subtype: 'message_deleted' }).send();
    expect(h.fake.calls.slice(before).filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('a file share without text gets a one-line notice; with a question it is answered', async () => {
    const bare = dm('', { subtype: 'file_share', files: [{ id: 'F1', name: 'x.pdf' }] });
    await bare.send();
    expect(threadView(h.fake, 'D0ANA', bare.ts).map((m) => m.text)).toEqual([FILES_NOTICE]);
    const withText = dm(QUESTION, { subtype: 'file_share', files: [{ id: 'F2' }] });
    await withText.send();
    expect(answerIn('D0ANA', withText.ts).text).toContain('Bret Jordan');
  });

  it('a 40,000-character message gets a "too long" notice, not a crash', async () => {
    const m = dm(`${'Quelle est la mission du groupe ? '.repeat(1200)}`.slice(0, 40_000));
    expect((await m.send()).status).toBe(200);
    const view = threadView(h.fake, 'D0ANA', m.ts);
    expect(view).toHaveLength(1);
    expect(view[0].text).toMatch(/40000|4000/);
  });

  it('answers each event once even when Slack re-delivers it', async () => {
    const m = mention(`${MENTION} ${QUESTION}`);
    await m.send();
    await h.event({ type: 'app_mention', user: USER, text: `${MENTION} ${QUESTION}`, ts: m.ts, event_ts: m.ts, channel: 'C0GENERAL' });
    expect(threadView(h.fake, 'C0GENERAL', m.ts)).toHaveLength(1);
  });

  it('survives a rate-limited placeholder: the answer is still posted', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const m = mention(`${MENTION} ${QUESTION}`);
    expect((await m.send()).status).toBe(200);
    const view = threadView(h.fake, 'C0GENERAL', m.ts);
    expect(view).toHaveLength(1);
    expect(view[0].text).toContain('Bret Jordan');
  });

  it('survives a rate-limited update: the answer is posted instead', async () => {
    h.fake.failNext('chat.update', { status: 429, retryAfter: 30 });
    const m = mention(`${MENTION} ${QUESTION}`);
    await m.send();
    const view = threadView(h.fake, 'C0GENERAL', m.ts);
    expect(view.some((s) => s.text.includes('Bret Jordan'))).toBe(true);
  });

  it('on msg_too_long, re-sends the answer in smaller messages without dropping a citation', async () => {
    h.fake.failNext('chat.update', { error: 'msg_too_long' });
    const m = mention(`${MENTION} ${QUESTION}`);
    await m.send();
    const view = threadView(h.fake, 'C0GENERAL', m.ts);
    expect(view.length).toBeGreaterThan(1);
    const all = view.map((s) => s.text).join('\n');
    const expected = await assistant.ask(QUESTION);
    for (const c of expected.citations) expect(all).toContain(escapeMrkdwn(c.label));
    expect(all).toContain('Bret Jordan');
  });

  it('keeps serving after all of the above', async () => {
    const m = dm(QUESTION);
    await m.send();
    expect(answerIn('D0ANA', m.ts).text).toContain('Bret Jordan');
  });
});
