import { describe, expect, it } from 'vitest';
import { throttleProgress } from '../../../bot/chat/progress-throttle.ts';

describe('throttleProgress', () => {
  it('sends no update for an answer that arrives within the first interval', async () => {
    const seen: string[] = [];
    const p = throttleProgress(async (t) => seen.push(t), 60_000);
    p.onPartial('final answer');
    await p.settled();
    expect(seen).toEqual([]);
  });

  it('drops partials while an update is in flight, and settles after it', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const p = throttleProgress(async (t) => {
      seen.push(t);
      await gate;
    }, 0);
    p.onPartial('The co');
    p.onPartial('The co-convenors');
    let settled = false;
    const done = p.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await done;
    expect(seen).toEqual(['The co']);
  });

  it('swallows a failed progress update: the final reply reports failures', async () => {
    const p = throttleProgress(async () => {
      throw new Error('ratelimited');
    }, 0);
    p.onPartial('x');
    await expect(p.settled()).resolves.toBeUndefined();
  });
});
