/** Slash commands end to end: the real discord.js client against the fake Discord on 127.0.0.1, the real engine. */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import {
  askAndWaitForEdit,
  buttonIds,
  callbackRoute,
  DEFERRED,
  EPHEMERAL,
  followUpRoute,
  MESSAGE,
  originalRoute,
  send,
} from './interactions.ts';
import { slash } from './payloads.ts';
import type { Json } from '../json.ts';

const bed = useHarness();

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

describe('Discord slash commands: deferred answers', () => {
  it('defers /ask at once, then edits in an embed citing the clauses with their verbatim text', async () => {
    const i = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() });
    const { callback, edit } = await askAndWaitForEdit(bed.h, i);

    expect(callback.body.type).toBe(DEFERRED);
    expect(bed.h.fake.calls.indexOf(callback)).toBeLessThan(bed.h.fake.calls.indexOf(edit));

    const expected = await bed.h.assistant.ask(QUESTION);
    expect(expected.citations.length).toBeGreaterThan(0);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe(QUESTION);
    expect(embed.description).toContain('[1]');
    const fields: { name: string; value: string }[] = edit.body.embeds.flatMap((e: Json) => e.fields ?? []);
    for (const c of expected.citations) {
      const field = fields.find((f) => f.name === `[${c.n}] ${c.label}`);
      expect(field, `field for [${c.n}] ${c.label}`).toBeDefined();
      expect(field!.value).toContain(c.text);
      expect(field!.value).toContain(c.document);
    }
    expect(fields.some((f) => f.value.includes('Bret Jordan'))).toBe(true);

    const ids = buttonIds(edit.body);
    for (const c of expected.citations) expect(ids).toContain(`clause:${c.id}`);
    expect(ids.filter((id) => id.startsWith('vote:'))).toHaveLength(2);
  });

  it('answers /mandate and /summary with cited embeds split within Discord limits', async () => {
    for (const [name, options] of [
      ['mandate', {}],
      ['summary', { topic: 'Res. 98' }],
    ] as const) {
      const i = slash(bed.h.fake, name, options, { userId: bed.h.user() });
      const { callback, edit } = await askAndWaitForEdit(bed.h, i);
      expect(callback.body.type).toBe(DEFERRED);
      // A long answer continues in follow-ups, posted after the edit: wait for the last one (it carries the votes).
      if (!buttonIds(edit.body).some((id) => id.startsWith('vote:'))) {
        await bed.h.fake.waitForCall(
          (c) => c.method === 'POST' && c.route === followUpRoute(i) && buttonIds(c.body).some((id: string) => id.startsWith('vote:')),
        );
      }
      const followUps = bed.h.fake.calls.filter((c) => c.method === 'POST' && c.route === followUpRoute(i));
      const messages = [edit, ...followUps];
      expect(messages.every((m) => m.status === 200)).toBe(true);
      const fields = messages.flatMap((m) => m.body.embeds.flatMap((e: Json) => e.fields ?? []));
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.every((f: Json) => /^\[\d+\] /.test(f.name))).toBe(true);
      // The vote row comes once, on the last message.
      const voteRows = messages.flatMap((m) => buttonIds(m.body)).filter((id) => id.startsWith('vote:'));
      expect(voteRows).toHaveLength(2);
    }
  });
});

describe('Discord slash commands: replies at once', () => {
  it('defers /verify, then edits in the verdict per sentence of the draft', async () => {
    const draft =
      'Contributions are due by 12 September 2025 [tsb-circ-67:p8]. ' +
      'The co-convenors are Bret Jordan and Ramy Ahmed Fathy [tsb-circ-67:p3].';
    const { callback, edit } = await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'verify', { draft }, { userId: bed.h.user() }));
    expect(callback.body.type).toBe(DEFERRED);
    expect(edit.body.content).toMatch(/^1 of 2 sentences are not supported/);
    expect(edit.body.content).toMatch(/❌ Contributions are due by 12 September 2025\./);
  });

  it('answers an empty /ask and a 6,000-character question with one ephemeral line, without deferring', async () => {
    for (const [question, expected] of [
      ['   ', /Ask me a question/],
      ['word '.repeat(1200), /limit is 4000/],
    ] as const) {
      const i = slash(bed.h.fake, 'ask', { question }, { userId: bed.h.user() });
      const since = send(bed.h, i);
      const reply = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
      expect(reply.body.type).toBe(MESSAGE);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toMatch(expected);
      expect(reply.body.data.content.split('\n')).toHaveLength(1);
    }
  });

  it('answers /help ephemerally and /sources publicly, in French for a French locale', async () => {
    const help = slash(bed.h.fake, 'help', {}, { userId: bed.h.user(), locale: 'fr' });
    let since = send(bed.h, help);
    const helpReply = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(help), since);
    expect(helpReply.body.data.flags).toBe(EPHEMERAL);
    expect(helpReply.body.data.content).toMatch(/clause exacte/);

    const sources = slash(bed.h.fake, 'sources', {}, { userId: bed.h.user() });
    since = send(bed.h, sources);
    const sourcesReply = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(sources), since);
    expect(sourcesReply.body.data.flags ?? 0).toBe(0);
    const listed = sourcesReply.body.data.embeds.map((e: Json) => e.description).join('\n');
    for (const s of bed.h.assistant.sources()) expect(listed).toContain(s.citation);
  });
});

describe('Discord slash commands: limits and failures', () => {
  it('retries after a REST 429 with Retry-After, and the answer arrives', async () => {
    bed.h.fake.rateLimitNext('PATCH', /\/messages\/@original$/, 0.05);
    const i = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() });
    const { edit } = await askAndWaitForEdit(bed.h, i);
    const attempts = bed.h.fake.calls.filter((c) => c.route === originalRoute(i));
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(JSON.stringify(edit.body.embeds)).toContain('Bret Jordan');
  });
  it('tells a user who asks too fast to wait, ephemerally, replacing the deferred reply', async () => {
    const user = bed.h.user();
    for (let n = 0; n < 3; n++) await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: user }));
    const i = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: user });
    const since = send(bed.h, i);
    const notice = await bed.h.fake.waitForCall((c) => c.method === 'POST' && c.route === followUpRoute(i), since);
    expect(notice.body.flags).toBe(EPHEMERAL);
    expect(notice.body.content).toMatch(/faster than I can keep up/);
    const calls = bed.h.fake.calls.slice(since).filter((c) => c.route.includes(i.token));
    expect(calls.map((c) => c.method)).toEqual(['POST', 'DELETE', 'POST']);
  });

  it('survives REST errors: says so in one ephemeral line and keeps answering', async () => {
    // The acknowledgement fails (e.g. Discord already expired the interaction).
    bed.h.fake.failNext('POST', /\/callback$/, 404, { message: 'Unknown interaction', code: 10062 });
    const first = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() });
    let since = send(bed.h, first);
    const told = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(first) && c.status === 204, since);
    expect(told.body).toMatchObject({ type: MESSAGE, data: { flags: EPHEMERAL } });
    expect(told.body.data.content).toMatch(/^Sorry, something went wrong: /);

    // The edit fails after a successful defer.
    bed.h.fake.failNext('PATCH', /\/messages\/@original$/, 404, { message: 'Unknown Webhook', code: 10015 });
    const second = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() });
    since = send(bed.h, second);
    const line = await bed.h.fake.waitForCall((c) => c.method === 'POST' && c.route === followUpRoute(second), since);
    expect(line.body.flags).toBe(EPHEMERAL);
    expect(line.body.content).toMatch(/^Sorry, something went wrong: /);
    expect(line.body.content.split('\n')).toHaveLength(1);
    // The public "thinking…" placeholder is removed rather than left hanging.
    expect(
      bed.h.fake.calls
        .slice(since)
        .filter((c) => c.route.includes(second.token))
        .map((c) => `${c.method} ${c.status}`),
    ).toEqual(['POST 204', 'PATCH 404', 'DELETE 204', 'POST 200']);

    const third = slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() });
    const { edit } = await askAndWaitForEdit(bed.h, third);
    expect(JSON.stringify(edit.body.embeds)).toContain('Bret Jordan');
  });

  it('never sent Discord a message that breaks its limits', () => {
    const rejected = bed.h.fake.calls.filter((c) => c.status === 400);
    expect(rejected.map((c) => c.response)).toEqual([]);
  });
});
