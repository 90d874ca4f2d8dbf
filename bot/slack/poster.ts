import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { sections, type SlackMessage } from './blocks.ts';

type WebClient = webApi.WebClient;

export type Sent = { ok: true; ts?: string } | { ok: false; error: string };

/** Slack's answers that mean "this message is too big": retried in smaller pieces. */
const TOO_LONG = new Set(['msg_too_long', 'msg_blocks_too_long', 'invalid_blocks', 'too_many_blocks']);

/** A Web API failure as Slack's short error string ("ratelimited", "msg_too_long", "not_in_channel", …). */
export function apiError(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number } | undefined;
  if (e?.code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  if (e?.code === webApi.ErrorCode.PlatformError) return e.data?.error ?? 'platform_error';
  if (e?.code === webApi.ErrorCode.HTTPError) return `http_${e.statusCode ?? 'error'}`;
  if (e?.code === webApi.ErrorCode.RequestError) return 'request_error';
  return error instanceof Error ? error.message.slice(0, 80) : 'unknown';
}

/**
 * The Web API calls the adapter makes, each caught and logged: a Slack
 * failure (rate limit, size, permissions) becomes a `Sent` value, never an
 * exception, so one failed call cannot take the process or a vote down.
 */
export class Poster {
  constructor(readonly client: WebClient, readonly log: Logger) {}

  post(channel: string, message: SlackMessage, threadTs?: string): Promise<Sent> {
    return this.call('chat.postMessage', async () => {
      const r = await this.client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      return r.ts;
    });
  }

  update(channel: string, ts: string, message: SlackMessage): Promise<Sent> {
    return this.call('chat.update', async () => {
      await this.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
      return ts;
    });
  }

  ephemeral(channel: string, user: string, message: SlackMessage, threadTs?: string): Promise<Sent> {
    return this.call('chat.postEphemeral', async () => {
      const r = await this.client.chat.postEphemeral({ channel, user, thread_ts: threadTs, text: message.text, blocks: message.blocks });
      return r.message_ts;
    });
  }

  remove(channel: string, ts: string): Promise<Sent> {
    return this.call('chat.delete', async () => {
      await this.client.chat.delete({ channel, ts });
      return ts;
    });
  }

  /**
   * Sends messages into a thread. The first replaces `replaceTs` (the
   * "Searching…" placeholder) when given, the others follow as replies. A
   * message Slack finds too long is halved and sent again (bounded depth);
   * a failed update falls back to a new post. True when everything arrived.
   */
  async deliver(target: { channel: string; threadTs?: string; replaceTs?: string }, messages: SlackMessage[]): Promise<boolean> {
    let all = true;
    for (const [i, message] of messages.entries()) {
      const replaceTs = i === 0 ? target.replaceTs : undefined;
      all = (await this.sendOne(target.channel, target.threadTs, replaceTs, message, 0)) && all;
    }
    return all;
  }

  private async sendOne(channel: string, threadTs: string | undefined, replaceTs: string | undefined, message: SlackMessage, depth: number): Promise<boolean> {
    let sent = replaceTs ? await this.update(channel, replaceTs, message) : await this.post(channel, message, threadTs);
    if (!sent.ok && replaceTs && !TOO_LONG.has(sent.error)) {
      // The placeholder was deleted meanwhile, or the update was refused (rate limit): one new post instead.
      sent = await this.post(channel, message, threadTs);
    }
    if (sent.ok) return true;
    if (!TOO_LONG.has(sent.error) || depth >= 4) return false;
    const halves = halve(message);
    if (!halves) return false;
    const first = await this.sendOne(channel, threadTs, replaceTs, halves[0], depth + 1);
    const second = await this.sendOne(channel, threadTs, undefined, halves[1], depth + 1);
    return first && second;
  }

  private async call(method: string, run: () => Promise<string | undefined>): Promise<Sent> {
    try {
      return { ok: true, ts: await run() };
    } catch (error) {
      const code = apiError(error);
      this.log.warn({ method, slackError: code, err: error }, `Slack ${method} failed: ${code}`);
      return { ok: false, error: code };
    }
  }
}

/** Two smaller messages holding the same content: blocks split in half, or one long section's text split in two. */
function halve(message: SlackMessage): [SlackMessage, SlackMessage] | undefined {
  const { blocks, text } = message;
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [{ text, blocks: blocks.slice(0, mid) }, { text, blocks: blocks.slice(mid) }];
  }
  const only = blocks[0];
  // A section with a button (a citation) is short; splitting it would lose the button, so it is never halved.
  if (!only || only.type !== 'section' || !only.text || only.accessory || only.text.text.length < 200) return undefined;
  const parts = sections(only.text.text, Math.ceil(only.text.text.length / 2) + 20);
  if (parts.length < 2) return undefined;
  const rest = parts.slice(1);
  return [{ text, blocks: [parts[0]] }, { text, blocks: rest }];
}
