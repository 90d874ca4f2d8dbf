/**
 * Slack's requests as Slack sends them to a bot: correctly signed (the v0
 * scheme: HMAC-SHA256 of `v0:${timestamp}:${body}` with the signing secret)
 * events, slash commands and button clicks.
 */
import { createHmac } from 'node:crypto';
import { BOT_USER_ID } from './fake-slack.ts';

export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
let eventCounter = 0;

/** POSTs `body` to a Slack request URL signed as Slack does (v0, HMAC-SHA256 of `v0:<timestamp>:<body>`). */
export function signedPost(
  url: string,
  body: string,
  contentType: string,
  sign: { secret?: string; timestamp?: number } = {},
): Promise<Response> {
  const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', sign.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) },
    body,
    signal: AbortSignal.timeout(45_000),
  });
}

/** An event_callback body as Slack sends it, for a bot whose user is BOT_USER_ID. */
export function eventBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: `Ev${++eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0FAKE', user_id: BOT_USER_ID, is_bot: true }],
    event,
  });
}

/** The form body Slack POSTs for a use of /iotsec in #general by the test user; `fields` override any of it. */
export function commandBody(fakeUrl: string, text: string, fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ANA',
    user_name: 'ana',
    command: '/iotsec',
    text,
    api_app_id: 'A0FAKE',
    response_url: `${fakeUrl}/response/${++eventCounter}`,
    trigger_id: `trigger.${eventCounter}`,
    ...fields,
  }).toString();
}

/** The form body Slack POSTs for an interaction payload. */
export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for a button click on `message` (as Slack sends it). */
export function buttonClick(
  message: { ts: string; thread_ts?: string; text?: string; blocks?: unknown[] },
  button: { action_id: string; value: string },
  channel = 'C0GENERAL',
  user = 'U0ANA',
) {
  return {
    type: 'block_actions',
    user: { id: user, username: 'ana', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy',
    container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger.click.${++eventCounter}`,
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: channel, name: 'general' },
    message: { type: 'message', user: BOT_USER_ID, bot_id: 'BBOT0001', ...message },
    response_url: 'http://127.0.0.1:9/unused',
    // A real action_ts has microseconds: each click is distinct, so only a true replay repeats it.
    actions: [
      { type: 'button', block_id: 'b1', action_ts: `${Math.floor(Date.now() / 1000)}.${String(eventCounter).padStart(6, '0')}`, ...button },
    ],
  };
}
