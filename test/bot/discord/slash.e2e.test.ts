import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, type RestCall } from './fake-discord.ts';
import { startHarness, type Harness } from './harness.ts';
import { click, slash } from './payloads.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
const EPHEMERAL = 64;
const DEFERRED = 5; // InteractionResponseType.DeferredChannelMessageWithSource
const MESSAGE = 4; // InteractionResponseType.ChannelMessageWithSource

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

type Interaction = ReturnType<typeof slash>;

const callbackRoute = (i: { id: string; token: string }) => `/interactions/${i.id}/${i.token}/callback`;
const originalRoute = (i: { token: string }) => `/webhooks/${IDS.app}/${i.token}/messages/@original`;
const followUpRoute = (i: { token: string }) => `/webhooks/${IDS.app}/${i.token}`;

/** Dispatches an interaction and returns the index to search recorded calls from. */
function send(i: { id: string }): number {
  const since = h.fake.calls.length;
  h.fake.dispatch('INTERACTION_CREATE', i);
  return since;
}

async function askAndWaitForEdit(i: Interaction): Promise<{ callback: RestCall; edit: RestCall }> {
  const since = send(i);
  const edit = await h.fake.waitForCall((c) => c.method === 'PATCH' && c.route === originalRoute(i) && c.status === 200, since);
  const callback = h.fake.calls.find((c) => c.route === callbackRoute(i))!;
  return { callback, edit };
}

function buttonIds(message: any): string[] {
  return (message.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));
}

describe('Discord slash commands against a fake Discord', () => {
  it('defers /ask at once, then edits in an embed citing the clauses with their verbatim text', async () => {
    const i = slash(h.fake, 'ask', { question: QUESTION }, { userId: h.user() });
    const { callback, edit } = await askAndWaitForEdit(i);

    expect(callback.body.type).toBe(DEFERRED);
    expect(h.fake.calls.indexOf(callback)).toBeLessThan(h.fake.calls.indexOf(edit));

    const expected = await h.assistant.ask(QUESTION);
    expect(expected.citations.length).toBeGreaterThan(0);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe(QUESTION);
    expect(embed.description).toContain('[1]');
    const fields: { name: string; value: string }[] = edit.body.embeds.flatMap((e: any) => e.fields ?? []);
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

  it('shows the verbatim clause ephemerally when "Show clause" is clicked', async () => {
    const { edit } = await askAndWaitForEdit(slash(h.fake, 'ask', { question: QUESTION }, { userId: h.user() }));
    const clauseId = buttonIds(edit.body).find((id) => id.startsWith('clause:'))!.slice('clause:'.length);
    const clause = h.assistant.clause(clauseId)!;
    expect(clause.text).toContain('Bret Jordan');

    const i = click(h.fake, `clause:${clauseId}`, edit.response, { userId: h.user() });
    const since = send(i);
    const reply = await h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
    expect(reply.body.type).toBe(MESSAGE);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.embeds[0].title).toBe(clause.label);
    expect(reply.body.data.embeds[0].description).toBe(clause.text);
  });

  it('stores 👍/👎 votes in the feedback file, once per user and vote', async () => {
    const { edit } = await askAndWaitForEdit(slash(h.fake, 'ask', { question: QUESTION }, { userId: h.user() }));
    const [up, down] = buttonIds(edit.body).filter((id) => id.startsWith('vote:'));
    expect(up).toMatch(/^vote:up:/);
    const voter = h.user();
    for (const customId of [up, up, down]) {
      const i = click(h.fake, customId, edit.response, { userId: voter });
      const since = send(i);
      const reply = await h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toMatch(/Thanks/);
    }
    const votes = (await readFile(h.feedbackFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(votes.map((v) => v.vote)).toEqual(['up', 'down']);
    const expected = await h.assistant.ask(QUESTION);
    expect(votes[0]).toMatchObject({ platform: 'discord', question: QUESTION, citations: expected.citations.map((c) => c.id) });
    expect(votes[0].userHash).not.toContain(voter);
  });

  it('rebuilds a vote from the message when the answer is no longer in memory (after a restart)', async () => {
    const { edit } = await askAndWaitForEdit(slash(h.fake, 'ask', { question: QUESTION }, { userId: h.user() }));
    const before = (await readFile(h.feedbackFile, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).length;
    const i = click(h.fake, 'vote:down:forgotten-key', edit.response, { userId: h.user() });
    const since = send(i);
    await h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
    const votes = (await readFile(h.feedbackFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(votes).toHaveLength(before + 1);
    expect(votes.at(-1)).toMatchObject({ vote: 'down', question: QUESTION });
    expect(votes.at(-1).citations.length).toBeGreaterThan(0);
  });
});
