/** The DiscordAdapter's connection: heartbeats, resumes, a clean stop (the real discord.js client, the fake gateway). */
import { describe, expect, it } from 'vitest';
import { IDS, type RestCall } from './fake-discord.ts';
import { deliver, embedsText, sends, useHarness } from './harness.ts';
import { human, post } from './payloads.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';

const bed = useHarness();

describe('the Discord adapter on the fake gateway', () => {
  let threadId = '';

  it('answers a mention in a thread, which the following tests post in', async () => {
    const m = post(bed.h.fake, QUESTION, { mentionBot: true, author: human(bed.h.user()) });
    const since = deliver(bed.h, m);
    const start = await bed.h.fake.waitForCall(
      (c) => c.method === 'POST' && c.route === `/channels/${IDS.channel}/messages/${m.id}/threads`,
      since,
    );
    threadId = start.response.id;
    expect(embedsText(await bed.h.fake.waitForCall(sends(threadId), since))).toContain('Bret Jordan');
  });

  it('heartbeats, then resumes after op 7 RECONNECT and after a resumable close, still answering', async () => {
    await bed.h.fake.waitForFrame((f) => f.op === 1); // heartbeat; the fake ACKs it with op 11
    for (const disconnect of [() => bed.h.fake.send({ op: 7, d: null }), () => bed.h.fake.closeSocket(4000)]) {
      const framesBefore = bed.h.fake.frames.length;
      const connectionsBefore = bed.h.fake.connections;
      disconnect();
      const resume = await bed.h.fake.waitForFrame((f) => f.op === 6, framesBefore);
      expect(resume.d).toMatchObject({ session_id: 'fake-session-1' });
      expect(bed.h.fake.connections).toBe(connectionsBefore + 1);

      const m = post(bed.h.fake, QUESTION, { channelId: threadId, author: human(bed.h.user()) });
      const since = deliver(bed.h, m);
      const reply = await bed.h.fake.waitForCall(sends(threadId), since);
      expect(embedsText(reply)).toContain('Bret Jordan');
    }
    // Resumed, never re-identified.
    expect(bed.h.fake.frames.filter((f) => f.op === 2)).toHaveLength(1);
  });

  it('stops cleanly: the gateway is closed with 1000 (session over, bot shown offline)', async () => {
    const closed = bed.h.fake.closeCodes.length;
    await bed.h.bot.stop();
    expect(await bed.h.fake.waitForClose(closed + 1)).toBe(1000);
    await bed.h.bot.stop(); // a second signal is harmless
  });
});
