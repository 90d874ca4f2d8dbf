/** Request verification: Bolt's signature check, and our replay window enforced in both directions. */
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_S, withinWindow } from '../../../bot/slack/receiver.ts';
import { MENTION, nextTs, QUESTION, USER, useHarness } from './harness.ts';

const bed = useHarness();

describe('request verification', () => {
  const body = () =>
    JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'EvBad',
      event: { type: 'app_mention', user: USER, text: `${MENTION} ${QUESTION}`, ts: nextTs(), channel: 'C0GENERAL' },
    });

  it('refuses a bad signature and a stale timestamp with 401, touching nothing', async () => {
    const before = bed.h.fake.calls.length;
    expect((await bed.h.post(body(), 'application/json', { secret: 'not-the-secret-0000000000000000' })).status).toBe(401);
    expect((await bed.h.post(body(), 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect(bed.h.fake.calls.length).toBe(before);
  });

  it('refuses a correctly signed request timestamped 6 minutes in the future (Bolt alone accepts it)', async () => {
    const before = bed.h.fake.calls.length;
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    expect((await bed.h.post(body(), 'application/json', { timestamp: future })).status).toBe(401);
    expect((await bed.h.post('command=%2Fiotsec&text=help', 'application/x-www-form-urlencoded', { timestamp: future })).status).toBe(401);
    expect(bed.h.fake.calls.length).toBe(before);
  });

  it('accepts a signed request a little off in either direction, within the window', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now - 4 * 60, now + 4 * 60]) {
      const event = {
        type: 'event_callback',
        team_id: 'T0FAKE',
        api_app_id: 'A0FAKE',
        event_id: `Ev${timestamp}`,
        event: { type: 'app_mention', user: USER, text: MENTION, ts: nextTs(), channel: 'C0GENERAL' },
      };
      expect((await bed.h.post(JSON.stringify(event), 'application/json', { timestamp })).status).toBe(200);
    }
  });
});

describe('withinWindow', () => {
  it('takes whole seconds within 5 minutes of now, either way, and nothing else', () => {
    const now = 1_700_000_000_000;
    const s = now / 1000;
    expect([s - MAX_CLOCK_SKEW_S, s, s + MAX_CLOCK_SKEW_S].map((t) => withinWindow(String(t), now))).toEqual([true, true, true]);
    expect([s - MAX_CLOCK_SKEW_S - 1, s + MAX_CLOCK_SKEW_S + 1].map((t) => withinWindow(String(t), now))).toEqual([false, false]);
    for (const bad of ['', 'soon', '1.5', '-1', undefined, ['1', '2']]) expect(withinWindow(bad as string, now)).toBe(false);
  });
});
