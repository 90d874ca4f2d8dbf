/** The slash command end to end, signed requests in, a fake Slack on loopback out. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { ephemerals, QUESTION, readable, USER, useHarness } from './harness.ts';

const bed = useHarness({ limiter: new RateLimiter(1000, 1000) });

describe('slash command', () => {
  const rootOf = (text: string) =>
    bed.h.fake.of('chat.postMessage', (a) => !a.thread_ts && a.channel === 'C0GENERAL' && readable(a.blocks).includes(text)).at(-1);

  it('ask: echoes the question in the channel and answers in its thread', async () => {
    expect((await bed.h.command(`ask ${QUESTION}`)).status).toBe(200);
    const root = rootOf(QUESTION);
    expect(readable(root!.blocks)).toContain(`<@${USER}> asked`);
    expect(bed.answerIn('C0GENERAL', root!.assignedTs).text).toContain('Bret Jordan');
  });

  it('summary and mandate: answered in a thread, never with an error line', async () => {
    for (const text of ['summary JCG-IoTSec', 'mandate']) {
      const before = ephemerals(bed.h.fake, USER).length;
      await bed.h.command(text);
      const root = rootOf(text === 'mandate' ? '/iotsec mandate' : '/iotsec summary JCG-IoTSec');
      const shown = bed.answerIn('C0GENERAL', root!.assignedTs);
      expect(shown.text.length).toBeGreaterThan(20);
      expect(ephemerals(bed.h.fake, USER).slice(before).join('\n')).not.toMatch(/went wrong/);
    }
  });

  it('verify: checks a draft against the clauses it cites, in the thread', async () => {
    const draft =
      'Contributions are due by 12 September 2025 [tsb-circ-67:p8]. ' +
      'The co-convenors are Bret Jordan and Ramy Ahmed Fathy [tsb-circ-67:p3].';
    await bed.h.command(`verify ${draft}`);
    const root = rootOf('/iotsec verify');
    const shown = bed.answerIn('C0GENERAL', root!.assignedTs).text;
    expect(shown).toMatch(/1 of 2 sentences are not supported/);
    expect(shown).toMatch(/❌ Contributions are due by 12 September 2025\./);
    expect(shown).toMatch(/✅ The co-convenors are Bret Jordan and Ramy Ahmed Fathy\./);
  });

  it('sources, help, an unknown subcommand and no text: one ephemeral reply each', async () => {
    const cases: [string, RegExp][] = [
      ['sources', /Indexed documents\* \(5\)/],
      ['help', /summary &lt;document or topic&gt;/],
      ['frobnicate', /Unknown command "frobnicate"/],
      ['', /Every answer cites the exact clause/],
    ];
    for (const [text, expected] of cases) {
      const before = ephemerals(bed.h.fake, USER, 'C0GENERAL').length;
      await bed.h.command(text);
      const shown = ephemerals(bed.h.fake, USER, 'C0GENERAL').slice(before);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(expected);
    }
  });

  it('where the bot is not a member, answers privately through response_url', async () => {
    bed.h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await bed.h.command(`ask ${QUESTION}`, { channel_id: 'C0PRIVATE' });
    const responses = bed.h.fake.calls.filter((c) => c.method === 'response_url');
    expect(responses.at(-1)!.args.response_type).toBe('ephemeral');
    expect(readable(responses.at(-1)!.args.blocks)).toContain('Bret Jordan');
  });
});
