/** The DiscordAdapter's connection: heartbeats, resumes, a clean stop (the real discord.js client, the fake gateway). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, type RestCall } from './fake-discord.ts';
import { startHarness, type Harness } from './harness.ts';
import { human, post } from './payloads.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const sends = (channelId: string) => (c: RestCall) =>
  c.method === 'POST' && c.route === `/channels/${channelId}/messages` && c.status === 200;
const embedsText = (c: RestCall) => JSON.stringify(c.body.embeds ?? []);

/** Dispatches MESSAGE_CREATE and returns the index to search recorded calls from. */
function deliver(message: { id: string }): number {
  const since = h.fake.calls.length;
  h.fake.dispatch('MESSAGE_CREATE', message);
  return since;
}

describe('the Discord adapter on the fake gateway', () => {
  let threadId = '';

  it('answers a mention in a thread, which the following tests post in', async () => {
    const m = post(h.fake, QUESTION, { mentionBot: true, author: human(h.user()) });
    const since = deliver(m);
    const start = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.route === `/channels/${IDS.channel}/messages/${m.id}/threads`,
      since,
    );
    threadId = start.response.id;
    expect(embedsText(await h.fake.waitForCall(sends(threadId), since))).toContain('Bret Jordan');
  });

  it('heartbeats, then resumes after op 7 RECONNECT and after a resumable close, still answering', async () => {
    await h.fake.waitForFrame((f) => f.op === 1); // heartbeat; the fake ACKs it with op 11
    for (const disconnect of [() => h.fake.send({ op: 7, d: null }), () => h.fake.closeSocket(4000)]) {
      const framesBefore = h.fake.frames.length;
      const connectionsBefore = h.fake.connections;
      disconnect();
      const resume = await h.fake.waitForFrame((f) => f.op === 6, framesBefore);
      expect(resume.d).toMatchObject({ session_id: 'fake-session-1' });
      expect(h.fake.connections).toBe(connectionsBefore + 1);

      const m = post(h.fake, QUESTION, { channelId: threadId, author: human(h.user()) });
      const since = deliver(m);
      const reply = await h.fake.waitForCall(sends(threadId), since);
      expect(embedsText(reply)).toContain('Bret Jordan');
    }
    // Resumed, never re-identified.
    expect(h.fake.frames.filter((f) => f.op === 2)).toHaveLength(1);
  });

  it('stops cleanly: the gateway is closed with 1000 (session over, bot shown offline)', async () => {
    const closed = h.fake.closeCodes.length;
    await h.bot.stop();
    expect(await h.fake.waitForClose(closed + 1)).toBe(1000);
    await h.bot.stop(); // a second signal is harmless
  });
});
