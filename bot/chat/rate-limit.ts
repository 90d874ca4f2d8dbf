/**
 * Per-user token bucket: `burst` questions at once, refilled at
 * `perMinute`. Keeps one chatty user from starving a shared bot.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute = 10,
    private readonly burst = 5,
  ) {}

  /** True when the user may ask now (and takes a token). */
  take(userId: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    const refill = ((now - bucket.at) / 60_000) * this.perMinute;
    bucket.tokens = Math.min(this.burst, bucket.tokens + refill);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(userId, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(userId, bucket);
    return true;
  }

  /** Seconds until the user's next question is allowed. */
  retryAfterSeconds(userId: string): number {
    const bucket = this.buckets.get(userId);
    if (!bucket || bucket.tokens >= 1) return 0;
    return Math.ceil(((1 - bucket.tokens) / this.perMinute) * 60);
  }
}
