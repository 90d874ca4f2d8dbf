/** Mentions, threads and DMs end to end: the real discord.js client against the fake Discord on 127.0.0.1, the real engine. */
import { describe, expect, it } from 'vitest';
import { IDS, type RestCall } from './fake-discord.ts';
import { deliver, embedsText, sends, useHarness } from './harness.ts';
import { human, post, slash } from './payloads.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

// Allowlist: only the test server, and only #general (and threads under it).
const bed = useHarness({ allowedGuilds: [IDS.guild], allowedChannels: [IDS.channel] });

/** Nothing may have referred to `messageId` (no thread from it, no reply to it). */
function untouched(messageId: string): void {
  const touching = bed.h.fake.calls.filter((c) => c.route.includes(messageId) || c.body?.message_reference?.message_id === messageId);
  expect(touching).toEqual([]);
}

let threadId = '';

describe('Discord mentions, threads and DMs against a fake Discord', () => {
  it('answers a mention in a thread started from the message, citing the clause', async () => {
    const author = human(bed.h.user());
    const m = post(bed.h.fake, QUESTION, { mentionBot: true, author });
    const since = deliver(bed.h, m);
    const start = await bed.h.fake.waitForCall(
      (c) => c.method === 'POST' && c.route === `/channels/${IDS.channel}/messages/${m.id}/threads`,
      since,
    );
    expect(start.body.name).toBe(QUESTION);
    threadId = start.response.id;
    const answer = await bed.h.fake.waitForCall(sends(threadId), since);
    expect(embedsText(answer)).toContain('Bret Jordan');
    expect(answer.body.embeds[0].fields[0].name).toMatch(/^\[1\] /);
    // Mentions in answers never ping anyone.
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('carries the conversation in that thread: a follow-up without a mention gets the history', async () => {
    expect(threadId).not.toBe('');
    const m = post(bed.h.fake, 'Which study groups appointed them?', { channelId: threadId, author: human(bed.h.user()) });
    const since = deliver(bed.h, m);
    const reply = await bed.h.fake.waitForCall(sends(threadId), since);
    expect(reply.body.message_reference.message_id).toBe(m.id);
    expect(bed.h.bot.core.memory.history(threadId)).toHaveLength(2);
  });

  it('answers a DM in the DM, replying to the question', async () => {
    const m = post(bed.h.fake, QUESTION, { guild: false, author: human(bed.h.user()) });
    const since = deliver(bed.h, m);
    const reply = await bed.h.fake.waitForCall(sends(IDS.dm), since);
    expect(reply.body.message_reference.message_id).toBe(m.id);
    expect(embedsText(reply)).toContain('Bret Jordan');
  });
});

describe('Discord manners: who and where the bot answers, retries, limits', () => {
  it('ignores other bots, itself, messages for others in its thread, and channels outside the allowlist', async () => {
    const ignored = [
      post(bed.h.fake, QUESTION, { mentionBot: true, author: { ...human(IDS.otherBot, 'otherbot'), bot: true } }),
      post(bed.h.fake, QUESTION, { mentionBot: true, author: { ...human(IDS.bot, 'iotsec'), bot: true } }),
      post(bed.h.fake, QUESTION, { mentionBot: true, channelId: IDS.closedChannel, author: human(bed.h.user()) }),
      { ...post(bed.h.fake, `<@${IDS.user}> what do you think?`, { channelId: threadId }), mentions: [human()] },
    ];
    for (const m of ignored) deliver(bed.h, m);
    // Events are handled in order: once this one is answered, the ignored ones had their chance.
    const marker = post(bed.h.fake, 'help', { mentionBot: true, author: human(bed.h.user()) });
    const since = deliver(bed.h, marker);
    const help = await bed.h.fake.waitForCall(sends(IDS.channel), since);
    expect(help.body.message_reference.message_id).toBe(marker.id); // help is answered in place, no thread
    expect(help.body.content).toMatch(/Every answer cites the exact clause/);
    for (const m of ignored) untouched(m.id);
    expect(bed.h.fake.calls.slice(since).filter(sends(threadId))).toEqual([]);
  });

  it('refuses slash commands outside the allowlist with one ephemeral line', async () => {
    const i = slash(bed.h.fake, 'ask', { question: QUESTION }, { channelId: IDS.closedChannel, userId: bed.h.user() });
    const since = bed.h.fake.calls.length;
    bed.h.fake.dispatch('INTERACTION_CREATE', i);
    const reply = await bed.h.fake.waitForCall((c) => c.route === `/interactions/${i.id}/${i.token}/callback`, since);
    expect(reply.body.data).toMatchObject({ flags: 64, content: "I'm not enabled in this channel." });
  });

  it('retries a thread reply rate-limited with 429 and delivers it', async () => {
    bed.h.fake.rateLimitNext('POST', /^\/channels\/\d+\/messages$/, 0.05);
    const m = post(bed.h.fake, QUESTION, { channelId: threadId, author: human(bed.h.user()) });
    const since = deliver(bed.h, m);
    const reply = await bed.h.fake.waitForCall(sends(threadId), since);
    expect(embedsText(reply)).toContain('Bret Jordan');
    expect(
      bed.h.fake.calls
        .slice(since)
        .filter((c) => c.route === `/channels/${threadId}/messages`)
        .map((c) => c.status),
    ).toEqual([429, 200]);
  });

  it('never sent Discord a message that breaks its limits', () => {
    expect(bed.h.fake.calls.filter((c) => c.status === 400).map((c) => c.response)).toEqual([]);
  });
});
