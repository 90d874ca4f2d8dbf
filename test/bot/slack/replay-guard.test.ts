/** Replayed slash commands and button clicks (Slack retries, or a captured signed request sent again) are answered once. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import { RecentKeys, replayKey } from '../../../bot/slack/replay-guard.ts';
import { buttonClick, ephemerals, QUESTION, USER, useHarness } from './harness.ts';

const bed = useHarness({ limiter: new RateLimiter(1000, 1000) });

describe('replayKey and RecentKeys', () => {
  it('keys a slash command by trigger_id and a click by action_ts, user and action_id; events are left alone', () => {
    expect(replayKey({ command: '/iotsec', trigger_id: 't.1' })).toBe('command:t.1');
    expect(replayKey({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'vote_up', action_ts: '17.5' }] })).toBe(
      'action:17.5:U1:vote_up',
    );
    expect(replayKey({ type: 'event_callback' })).toBeUndefined();
  });

  it('remembers a bounded number of keys', () => {
    const seen = new RecentKeys(2);
    expect(['a', 'a', 'b', 'c', 'a'].map((k) => seen.add(k))).toEqual([true, false, true, true, true]);
  });
});

describe('replays end to end', () => {
  it('answers a replayed signed slash command once', async () => {
    const fields = { trigger_id: 'trigger.replayed.1', response_url: `${bed.h.fake.url}/response/replayed` };
    const before = ephemerals(bed.h.fake, USER).length;
    expect((await bed.h.command('help', fields)).status).toBe(200);
    expect((await bed.h.command('help', fields)).status).toBe(200);
    expect(ephemerals(bed.h.fake, USER).slice(before)).toHaveLength(1);
  });

  it('records and thanks a replayed click once', async () => {
    const m = bed.mention(`<@UBOT0001> ${QUESTION}`);
    await m.send();
    const shown = bed.answerIn('C0GENERAL', m.ts);
    const key = shown.blocks.find((b) => b.type === 'actions').elements[0].value;
    const click = buttonClick(
      { ts: shown.ts, thread_ts: m.ts, blocks: shown.blocks },
      { action_id: 'vote_up', value: key },
      'C0GENERAL',
      'U0REPLAY',
    );
    const before = bed.h.fake.of('chat.postEphemeral').length;
    for (let i = 0; i < 2; i += 1) expect((await bed.h.action(click)).status).toBe(200);
    expect(bed.h.fake.of('chat.postEphemeral', (a) => a.user === 'U0REPLAY')).toHaveLength(1);
    expect(bed.h.fake.of('chat.postEphemeral').length - before).toBe(1);
    expect(bed.h.votes().filter((v) => v.answerKey === key)).toHaveLength(1);
  });
});
