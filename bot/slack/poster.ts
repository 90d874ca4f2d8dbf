import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { apiError, TOO_LONG } from './errors.ts';
import { sections, type SlackMessage } from './blocks.ts';

type WebClient = webApi.WebClient;

/** What a Web API call did: the message ts, or Slack's short error string. */
export type Sent = { ok: true; ts?: string } | { ok: false; error: string };

/**
 * The Web API calls the adapter makes, each caught and logged: a Slack
 * failure (rate limit, size, permissions) becomes a `Sent` value, never an
 * exception, so one failed call cannot take the process or a vote down.
 */
export class Poster {
  constructor(
    readonly client: WebClient,
    readonly log: Logger,
  ) {}

  post(channel: string, message: SlackMessage, threadTs?: string): Promise<Sent> {
    return this.call('chat.postMessage', async () => {
      const r = await this.client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
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

  private async sendOne(
    channel: string,
    threadTs: string | undefined,
    replaceTs: string | undefined,
    message: SlackMessage,
    depth: number,
  ): Promise<boolean> {
    let sent = replaceTs ? await this.update(channel, replaceTs, message) : await this.post(channel, message, threadTs);
    if (!sent.ok && replaceTs && !TOO_LONG.has(sent.error)) {
      // The placeholder was deleted meanwhile, or the update was refused (rate limit): one new post instead,
      // then a best-effort removal of the stale "Searching…" line.
      sent = await this.post(channel, message, threadTs);
      if (sent.ok) await this.remove(channel, replaceTs);
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
    return [
      { text, blocks: blocks.slice(0, mid) },
      { text, blocks: blocks.slice(mid) },
    ];
  }
  const only = blocks[0];
  // A section with a button (a citation) is short; splitting it would lose the button, so it is never halved.
  if (!only || only.type !== 'section' || !only.text || only.accessory || only.text.text.length < 200) return undefined;
  const parts = sections(only.text.text, Math.ceil(only.text.text.length / 2) + 20);
  if (parts.length < 2) return undefined;
  const rest = parts.slice(1);
  return [
    { text, blocks: [parts[0]] },
    { text, blocks: rest },
  ];
}
