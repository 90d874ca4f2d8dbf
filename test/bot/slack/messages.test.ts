/**
 * Mentions and DMs end to end: a real Bolt app (HTTP receiver on 127.0.0.1)
 * with the real engine, signed Slack events in, Web API calls out to a fake
 * Slack on loopback. Assertions are on what Slack would show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { escapeMrkdwn } from '../../../bot/slack/mrkdwn.ts';
import { FILES_NOTICE } from '../../../bot/slack/messages.ts';
import { BOT_USER_ID } from './fake-slack.ts';
import { MENTION, QUESTION, readable, threadView, USER, useHarness } from './harness.ts';

// A generous limiter: this file asks many questions as one user; the rate-limit notice has its own test (adapter.test.ts).
const bed = useHarness({ limiter: new RateLimiter(1000, 1000) });

describe('questions', () => {
  it('answers an @mention in its thread: placeholder, then the cited answer with Sources, Show clause and votes', async () => {
    const m = bed.mention(`${MENTION} ${QUESTION}`);
    expect((await m.send()).status).toBe(200);
    const placeholder = bed.h.fake.of('chat.postMessage', (a) => a.thread_ts === m.ts)[0];
    expect(readable(placeholder.blocks)).toMatch(/Searching the documents/);
    const shown = bed.answerIn('C0GENERAL', m.ts);
    const expected = await bed.assistant.ask(QUESTION);
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
    const m = bed.mention(`${MENTION} What is the price of bananas in Lima?`);
    await m.send();
    const shown = bed.answerIn('C0GENERAL', m.ts);
    expect(shown.text).toMatch(/No cited answer/);
    expect(shown.text).not.toContain('*Sources*');
    expect(shown.blocks.some((b) => b.accessory?.action_id?.startsWith('show_clause_'))).toBe(false);
  });

  it('answers a direct message in its thread', async () => {
    const m = bed.dm(QUESTION);
    await m.send();
    expect(bed.answerIn('D0ANA', m.ts).text).toContain('Bret Jordan');
  });

  it('carries a thread: the follow-up is answered in the same thread with the first turn as history', async () => {
    const first = bed.mention(`${MENTION} ${QUESTION}`);
    await first.send();
    const followUp = bed.mention(`${MENTION} Who nominated them?`, { thread_ts: first.ts });
    await followUp.send();
    const view = threadView(bed.h.fake, 'C0GENERAL', first.ts);
    expect(view).toHaveLength(2);
    expect(view.every((m) => m.updated)).toBe(true);
    expect(view[1].text).not.toMatch(/Searching|something went wrong/);
    expect(threadView(bed.h.fake, 'C0GENERAL', followUp.ts)).toHaveLength(0);
    // ChatCore's memory, keyed by channel + thread root, now holds both turns.
    expect(bed.h.bot.core.memory.history(`C0GENERAL:${first.ts}`)).toHaveLength(2);
  });
});

describe('bad input and manners', () => {
  it('an empty mention and an emoji-only mention get a hint in the thread, no placeholder', async () => {
    for (const text of [MENTION, `${MENTION} :wave: 🎉👍🏽`]) {
      const m = bed.mention(text);
      await m.send();
      const view = threadView(bed.h.fake, 'C0GENERAL', m.ts);
      expect(view).toHaveLength(1);
      expect(view[0].updated).toBe(false);
      expect(view[0].text).toMatch(/Ask me a question/);
    }
  });

  it('stays silent on an emoji-only DM, bot messages, its own messages and edits', async () => {
    const before = bed.h.fake.calls.length;
    await bed.dm('🙏').send();
    await bed.dm('Who are you?', { bot_id: 'B0OTHER', subtype: 'bot_message' }).send();
    await bed.dm('Who are you?', { bot_id: 'B0OTHER' }).send();
    await bed.dm(`${QUESTION}`, { user: BOT_USER_ID }).send();
    await bed.dm('', { subtype: 'message_changed', message: { text: QUESTION, user: USER } }).send();
    await bed.dm('', { subtype: 'message_deleted' }).send();
    expect(bed.h.fake.calls.slice(before).filter((c) => c.method !== 'autbed.h.test')).toEqual([]);
  });

  it('a file share without text gets a one-line notice; with a question it is answered', async () => {
    const bare = bed.dm('', { subtype: 'file_share', files: [{ id: 'F1', name: 'x.pdf' }] });
    await bare.send();
    expect(threadView(bed.h.fake, 'D0ANA', bare.ts).map((m) => m.text)).toEqual([FILES_NOTICE]);
    const withText = bed.dm(QUESTION, { subtype: 'file_share', files: [{ id: 'F2' }] });
    await withText.send();
    expect(bed.answerIn('D0ANA', withText.ts).text).toContain('Bret Jordan');
  });

  it('a 40,000-character message gets a "too long" notice, not a crash', async () => {
    const m = bed.dm(`${'Quelle est la mission du groupe ? '.repeat(1200)}`.slice(0, 40_000));
    expect((await m.send()).status).toBe(200);
    const view = threadView(bed.h.fake, 'D0ANA', m.ts);
    expect(view).toHaveLength(1);
    expect(view[0].text).toMatch(/40000|4000/);
  });

  it('answers each event once even when Slack re-delivers it', async () => {
    const m = bed.mention(`${MENTION} ${QUESTION}`);
    await m.send();
    await bed.h.event({ type: 'app_mention', user: USER, text: `${MENTION} ${QUESTION}`, ts: m.ts, event_ts: m.ts, channel: 'C0GENERAL' });
    expect(threadView(bed.h.fake, 'C0GENERAL', m.ts)).toHaveLength(1);
  });
});

describe('Slack failures while answering', () => {
  it('survives a rate-limited placeholder: the answer is still posted', async () => {
    bed.h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const m = bed.mention(`${MENTION} ${QUESTION}`);
    expect((await m.send()).status).toBe(200);
    const view = threadView(bed.h.fake, 'C0GENERAL', m.ts);
    expect(view).toHaveLength(1);
    expect(view[0].text).toContain('Bret Jordan');
  });

  it('survives a rate-limited update: the answer is posted instead', async () => {
    bed.h.fake.failNext('chat.update', { status: 429, retryAfter: 30 });
    const m = bed.mention(`${MENTION} ${QUESTION}`);
    await m.send();
    const view = threadView(bed.h.fake, 'C0GENERAL', m.ts);
    expect(view.some((s) => s.text.includes('Bret Jordan'))).toBe(true);
  });

  it('on msg_too_long, re-sends the answer in smaller messages without dropping a citation', async () => {
    bed.h.fake.failNext('chat.update', { error: 'msg_too_long' });
    const m = bed.mention(`${MENTION} ${QUESTION}`);
    await m.send();
    const view = threadView(bed.h.fake, 'C0GENERAL', m.ts);
    expect(view.length).toBeGreaterThan(1);
    const all = view.map((s) => s.text).join('\n');
    const expected = await bed.assistant.ask(QUESTION);
    for (const c of expected.citations) expect(all).toContain(escapeMrkdwn(c.label));
    expect(all).toContain('Bret Jordan');
  });

  it('keeps serving after all of the above', async () => {
    const m = bed.dm(QUESTION);
    await m.send();
    expect(bed.answerIn('D0ANA', m.ts).text).toContain('Bret Jordan');
  });
});
