import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type Logger as BoltLogger } from '@slack/bolt';

/** Slack's replay window: a request timestamped further from now, in either direction, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

/** What the HTTP receiver is built from. */
export interface ReceiverOptions {
  signingSecret: string;
  port: number;
  logger: BoltLogger;
  /** Run listeners before answering the HTTP request (tests); production acks first, within Slack's 3 seconds. */
  processBeforeResponse?: boolean;
  /** The clock, in milliseconds; tests move it. */
  now?: () => number;
}

/**
 * Bolt's HTTPReceiver with the replay window enforced both ways. Bolt's own
 * check (verify-request.js in @slack/bolt 4–5) refuses a timestamp more than
 * 5 minutes in the PAST only, so a correctly signed request stamped in the
 * future would be accepted and could be replayed until then. The timestamp is
 * part of the signed string (`v0:<timestamp>:<body>`), so checking the header
 * before Bolt verifies the signature is enough: a forged one fails there.
 */
export function createReceiver(options: ReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    port: options.port,
    logger: options.logger,
    processBeforeResponse: options.processBeforeResponse ?? false,
  });
  const verified = receiver.requestListener;
  const now = options.now ?? Date.now;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const stamp = req.headers['x-slack-request-timestamp'];
    // No timestamp at all is left to Bolt, which refuses it (or answers Slack's unsigned ssl_check).
    if (req.method === 'POST' && stamp !== undefined && !withinWindow(stamp, now())) {
      options.logger.warn('Refused a Slack request timestamped more than 5 minutes from now');
      req.resume(); // drain the body so the connection can be reused
      res.writeHead(401).end();
      return;
    }
    verified(req, res);
  };
  return receiver;
}

/** True when the header is a whole number of seconds within 5 minutes of `nowMs`. */
export function withinWindow(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(header)) <= MAX_CLOCK_SKEW_S;
}
