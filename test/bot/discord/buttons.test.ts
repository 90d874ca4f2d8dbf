/** "Show clause" and 👍/👎 clicks end to end; votes land in the state store. */
import { describe, expect, it } from 'vitest';
import { lockStore } from '../store/temp-store.ts';
import { useHarness } from './harness.ts';
import { askAndWaitForEdit, buttonIds, callbackRoute, EPHEMERAL, MESSAGE, send } from './interactions.ts';
import { click, slash } from './payloads.ts';

const bed = useHarness();

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

describe('Discord "Show clause" button', () => {
  it('shows the verbatim clause ephemerally when "Show clause" is clicked', async () => {
    const { edit } = await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() }));
    const clauseId = buttonIds(edit.body)
      .find((id) => id.startsWith('clause:'))!
      .slice('clause:'.length);
    const clause = bed.h.assistant.clause(clauseId)!;
    expect(clause.text).toContain('Bret Jordan');

    const i = click(bed.h.fake, `clause:${clauseId}`, edit.response, { userId: bed.h.user() });
    const since = send(bed.h, i);
    const reply = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
    expect(reply.body.type).toBe(MESSAGE);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.embeds[0].title).toBe(clause.label);
    expect(reply.body.data.embeds[0].description).toBe(clause.text);
  });
});

describe('Discord vote buttons', () => {
  it('stores 👍/👎 votes in the state store, once per user and answer (a double click counts once, a change updates)', async () => {
    const { edit } = await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() }));
    const [up, down] = buttonIds(edit.body).filter((id) => id.startsWith('vote:'));
    expect(up).toMatch(/^vote:up:/);
    const voter = bed.h.user();
    for (const customId of [up, up, down]) {
      const i = click(bed.h.fake, customId, edit.response, { userId: voter });
      const since = send(bed.h, i);
      const reply = await bed.h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toMatch(/Thanks/);
    }
    const votes = bed.h.votes().filter((v) => v.answerKey === up.slice('vote:up:'.length));
    expect(votes.map((v) => v.vote)).toEqual(['down']);
    const expected = await bed.h.assistant.ask(QUESTION);
    expect(votes[0]).toMatchObject({ platform: 'discord', question: QUESTION, citations: expected.citations.map((c) => c.id) });
    expect(votes[0].userHash).not.toContain(voter);
  });

  it('rebuilds a vote from the message when the answer is no longer in memory (after a restart)', async () => {
    const { edit } = await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() }));
    const before = bed.h.votes().length;
    const i = click(bed.h.fake, 'vote:down:forgotten-key', edit.response, { userId: bed.h.user() });
    const since = send(bed.h, i);
    await bed.h.fake.waitForCall((c) => c.route === callbackRoute(i), since);
    const votes = bed.h.votes();
    expect(votes).toHaveLength(before + 1);
    expect(votes.at(-1)).toMatchObject({ vote: 'down', question: QUESTION });
    expect(votes.at(-1)!.citations.length).toBeGreaterThan(0);
  });

  it('does not thank for a vote whose write fails; the next click records it', async () => {
    const { edit } = await askAndWaitForEdit(bed.h, slash(bed.h.fake, 'ask', { question: QUESTION }, { userId: bed.h.user() }));
    const up = buttonIds(edit.body).find((id) => id.startsWith('vote:up:'))!;
    const voter = bed.h.user();
    const clickOnce = async () => {
      const i = click(bed.h.fake, up, edit.response, { userId: voter });
      const since = send(bed.h, i);
      return (await bed.h.fake.waitForCall((c) => c.route === callbackRoute(i), since)).body.data.content as string;
    };
    const lock = lockStore(bed.h.store.path);
    let first: string;
    try {
      first = await clickOnce();
    } finally {
      lock.release();
    }
    expect(first).toMatch(/could not save your vote/);
    expect(bed.h.votes().filter((v) => v.answerKey === up.slice('vote:up:'.length))).toEqual([]);
    expect(await clickOnce()).toMatch(/👍 is recorded/);
    expect(
      bed.h
        .votes()
        .filter((v) => v.answerKey === up.slice('vote:up:'.length))
        .map((v) => v.vote),
    ).toEqual(['up']);
  });
});
