import { webApi } from '@slack/bolt';

/** Slack's answers that mean "this message is too big": retried in smaller pieces. */
export const TOO_LONG = new Set(['msg_too_long', 'msg_blocks_too_long', 'invalid_blocks', 'too_many_blocks']);

/** A Web API failure as Slack's short error string ("ratelimited", "msg_too_long", "not_in_channel", …). */
export function apiError(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number } | undefined;
  if (e?.code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  if (e?.code === webApi.ErrorCode.PlatformError) return e.data?.error ?? 'platform_error';
  if (e?.code === webApi.ErrorCode.HTTPError) return `http_${e.statusCode ?? 'error'}`;
  if (e?.code === webApi.ErrorCode.RequestError) return 'request_error';
  return error instanceof Error ? error.message.slice(0, 80) : 'unknown';
}
