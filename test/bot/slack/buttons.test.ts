/** "Show clause" and the 👍/👎 buttons end to end; votes land in the state store. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { hashUser, type Vote } from '../../../bot/chat/votes.ts';
import { escapeMrkdwn } from '../../../bot/slack/mrkdwn.ts';
import { lockStore } from '../store/temp-store.ts';
import { buttonClick, ephemerals, MENTION, QUESTION, readable, USER, useHarness, type Shown } from './harness.ts';

const bed = useHarness({ limiter: new RateLimiter(1000, 1000) });
const votes = async (): Promise<Vote[]> => bed.h.votes();

let answer: Shown;
let threadTs: string;

beforeAll(async () => {
  const m = bed.mention(`${MENTION} ${QUESTION}`);
  await m.send();
  threadTs = m.ts;
  answer = bed.answerIn('C0GENERAL', m.ts);
});

const click = (actionPrefix: string) => {
  const block =
    answer.blocks.find((b) => b.accessory?.action_id?.startsWith(actionPrefix)) ?? answer.blocks.find((b) => b.type === 'actions');
  const button = block.accessory ?? block.elements.find((e: { action_id: string }) => e.action_id === actionPrefix);
  return bed.h.action(
    buttonClick(
      { ts: answer.ts, thread_ts: threadTs, text: 'answer', blocks: answer.blocks },
      { action_id: button.action_id, value: button.value },
    ),
  );
};

describe('"Show clause"', () => {
  it('"Show clause" shows the verbatim clause text to the clicker, in the thread', async () => {
    const before = bed.h.fake.of('chat.postEphemeral').length;
    expect((await click('show_clause_1')).status).toBe(200);
    const shown = bed.h.fake.of('chat.postEphemeral').slice(before);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ user: USER, channel: 'C0GENERAL', thread_ts: threadTs });
    const id = answer.blocks.find((b) => b.accessory?.action_id === 'show_clause_1').accessory.value;
    const clause = bed.assistant.clause(id)!;
    expect(clause.text).toContain('Bret Jordan');
    const text = readable(shown[0].blocks).replace(/^>/gm, '');
    expect(text).toContain(escapeMrkdwn(clause.text));
    expect(text).toContain(escapeMrkdwn(clause.label));
  });

  it('"Show clause" falls back to a modal where Slack refuses the ephemeral message', async () => {
    bed.h.fake.failNext('chat.postEphemeral', { error: 'channel_not_found' });
    const before = bed.h.fake.of('views.open').length;
    await click('show_clause_1');
    const opened = bed.h.fake.of('views.open').slice(before);
    expect(opened).toHaveLength(1);
    expect(opened[0].trigger_id).toMatch(/^trigger\.click\./);
    expect(opened[0].view.type).toBe('modal');
    expect(readable(opened[0].view.blocks)).toContain('Bret Jordan');
  });
});

describe('votes', () => {
  it('a 👍 is stored with question, answer, cited clause ids and a user hash, then thanked', async () => {
    const before = (await votes()).length;
    await click('vote_up');
    const stored = (await votes()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ platform: 'slack', vote: 'up', question: QUESTION, userHash: hashUser(USER) });
    expect(stored[0].answer).toContain('Bret Jordan');
    expect(stored[0].citations).toEqual(
      answer.blocks.filter((b) => b.accessory?.action_id?.startsWith('show_clause_')).map((b) => b.accessory.value),
    );
    expect(JSON.stringify(stored[0])).not.toContain(USER);
    expect(ephemerals(bed.h.fake, USER).at(-1)).toMatch(/👍 is recorded/);
  });

  it('never loses a vote when Slack rate-limits the thank-you (a changed mind updates the vote)', async () => {
    const key = answer.blocks.find((b) => b.type === 'actions').elements[0].value;
    const mine = async () => (await votes()).filter((v) => v.answerKey === key && v.userHash === hashUser(USER));
    expect((await mine()).map((v) => v.vote)).toEqual(['up']);
    bed.h.fake.failNext('chat.postEphemeral', { status: 429, retryAfter: 30 });
    expect((await click('vote_down')).status).toBe(200);
    expect((await mine()).map((v) => v.vote)).toEqual(['down']);
  });

  it('still stores a vote on an answer from before a restart (unknown key), from the message itself', async () => {
    const before = (await votes()).length;
    const citationIds = answer.blocks.filter((b) => b.accessory?.action_id?.startsWith('show_clause_')).map((b) => b.accessory.value);
    await bed.h.action(
      buttonClick(
        { ts: answer.ts, thread_ts: threadTs, text: 'old answer', blocks: answer.blocks },
        { action_id: 'vote_up', value: 'key-from-before-restart' },
      ),
    );
    const stored = (await votes()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ vote: 'up', answer: 'old answer', citations: citationIds });
  });

  it('does not thank for a vote whose write fails; the next click records it', async () => {
    const key = answer.blocks.find((b) => b.type === 'actions').elements[0].value;
    const voter = (user: string) =>
      buttonClick({ ts: answer.ts, thread_ts: threadTs, blocks: answer.blocks }, { action_id: 'vote_up', value: key }, 'C0GENERAL', user);
    const lock = lockStore(bed.h.store.path);
    try {
      await bed.h.action(voter('U0FAULT'));
    } finally {
      lock.release();
    }
    expect(ephemerals(bed.h.fake, 'U0FAULT')).toEqual([expect.stringMatching(/could not save your vote/)]);
    expect((await votes()).filter((v) => v.userHash === hashUser('U0FAULT'))).toEqual([]);
    await bed.h.action(voter('U0FAULT'));
    expect(ephemerals(bed.h.fake, 'U0FAULT').at(-1)).toMatch(/👍 is recorded/);
    expect((await votes()).filter((v) => v.userHash === hashUser('U0FAULT')).map((v) => v.vote)).toEqual(['up']);
  });
});
