import type { App } from '@slack/bolt';
import { chatLanguage, parseFreeText } from '../chat/commands.ts';
import { channelAllowed, NOT_HERE } from './allowlist.ts';
import type { SlackDeps } from './handler-deps.ts';
import { Poster } from './poster.ts';
import { RecentKeys } from './replay-guard.ts';
import { renderLine } from './render-text.ts';
import { replyInThread } from './thread-reply.ts';

/** The fields we read from an `app_mention` or `message` event (Slack sends many more). */
interface MessageLike {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  files?: unknown[];
}

/** Subtypes that are a person writing: anything else (edits, deletions, joins, bot posts) is ignored. */
const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/** The answer to a file shared without a question. */
export const FILES_NOTICE = 'I can only read text, not attached files: please type your question (or `help`).';

/**
 * Listens to @mentions in channels and to direct messages (`message.im`).
 * Bot messages, our own messages and non-person subtypes are ignored, so two
 * bots can never loop. An empty mention gets a hint; a DM holding only emoji
 * (a thank-you 👍) gets silence; files without text get a one-line notice.
 */
export function registerMessages(app: App, deps: SlackDeps): void {
  const seen = new RecentKeys(2000);
  // `as unknown as MessageLike`: Bolt types these events as unions of every message subtype, whose shapes differ;
  // we read only the few fields a person's message has, and check each one before use.
  app.event('app_mention', async ({ event, client, context }) => {
    await onMessage(deps, new Poster(client, deps.log), seen, event as unknown as MessageLike, context.botUserId, 'mention');
  });
  app.event('message', async ({ event, client, context }) => {
    const message = event as unknown as MessageLike;
    // Only DMs: in channels the bot answers when mentioned (app_mention), not to every message it can see.
    if (message.channel_type !== 'im') return;
    await onMessage(deps, new Poster(client, deps.log), seen, message, context.botUserId, 'dm');
  });
}

async function onMessage(
  deps: SlackDeps,
  poster: Poster,
  seen: RecentKeys,
  m: MessageLike,
  botUserId: string | undefined,
  via: 'mention' | 'dm',
): Promise<void> {
  if (m.bot_id || m.subtype === 'bot_message' || !m.user || m.user === botUserId) return;
  if (!PERSON_SUBTYPES.has(m.subtype)) return;
  // Slack re-delivers an event whose ack it missed, and a DM mention can arrive as both events: answer once.
  if (!seen.add(`${m.channel}:${m.ts}`)) return;
  const threadTs = m.thread_ts ?? m.ts;
  if (!channelAllowed(deps.config, m.channel)) {
    await poster.ephemeral(m.channel, m.user, renderLine(NOT_HERE), m.thread_ts);
    return;
  }
  const text = m.text ?? '';
  const command = parseFreeText(text);
  if (command.kind === 'empty') {
    if ((m.files?.length ?? 0) > 0 || m.subtype === 'file_share') {
      await poster.post(m.channel, renderLine(FILES_NOTICE), threadTs);
      return;
    }
    if (via === 'dm') return;
  }
  const lang = chatLanguage(text);
  deps.log.info({ via, channel: m.channel, threadTs, command: command.kind }, 'slack message');
  await replyInThread(deps, poster, { channel: m.channel, threadTs, userId: m.user, lang }, deps.core.begin(command, lang));
}
