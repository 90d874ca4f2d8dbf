import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';

describe('RateLimiter', () => {
  it('allows a burst, then refills at the per-minute rate, per user', () => {
    const limiter = new RateLimiter(6, 2);
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.retryAfterSeconds('a')).toBe(10);
    expect(limiter.take('a', 10_000)).toBe(true);
  });
});
