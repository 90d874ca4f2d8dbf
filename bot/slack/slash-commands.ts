import type { App, RespondFn } from '@slack/bolt';
import type { ChatReply } from '../chat/chat-core.ts';
import { chatLanguage, parseSlashText, questionOf, type ChatCommand } from '../chat/commands.ts';
import { channelAllowed, NOT_HERE } from './allowlist.ts';
import { sections, type SlackMessage } from './blocks.ts';
import type { SlackDeps } from './handler-deps.ts';
import { escapeMrkdwn, quote } from './mrkdwn.ts';
import { Poster } from './poster.ts';
import { renderReply } from './render-reply.ts';
import { renderLine } from './render-text.ts';
import { replyInThread } from './thread-reply.ts';

/** Slack's answers when the bot may not post in a conversation: chat.postEphemeral would be refused too. */
const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** One slash command as the listener reads it. */
interface SlashUse {
  channel: string;
  userId: string;
  triggerId: string;
  command: ChatCommand;
}

/**
 * The slash command (`/iotsec` by default) with ask, summary, mandate,
 * sources and help. It is acked at once (Slack shows "failed with the error
 * operation_timeout" after 3 s). Quick replies (help, sources, notices) are
 * ephemeral; answers are posted in the channel under an echo of the question,
 * in its thread, so others see the citations and can follow up there. Where
 * the bot is not a member, the answer comes back privately via response_url.
 * A replayed command (same trigger_id) never gets here: see replay-guard.ts.
 */
export function registerSlashCommands(app: App, deps: SlackDeps): void {
  app.command(deps.config.command, async ({ command, ack, client, respond }) => {
    await ack();
    const poster = new Poster(client, deps.log);
    const use: SlashUse = {
      channel: command.channel_id,
      userId: command.user_id,
      triggerId: command.trigger_id,
      command: parseSlashText(command.text ?? ''),
    };
    deps.log.info({ via: 'slash', channel: use.channel, command: use.command.kind }, 'slack slash command');
    try {
      if (!channelAllowed(deps.config, use.channel)) {
        await privately(poster, respond, use, [renderLine(NOT_HERE)]);
        return;
      }
      await answer(deps, poster, respond, use, chatLanguage(command.text ?? ''));
    } catch (error) {
      deps.log.error({ err: error, channel: use.channel }, 'slash command failed');
      await privately(poster, respond, use, [renderLine('Sorry, something went wrong; please try again.')]);
    }
  });
}

async function answer(
  deps: SlackDeps,
  poster: Poster,
  respond: RespondFn,
  use: SlashUse,
  lang: ReturnType<typeof chatLanguage>,
): Promise<void> {
  const { channel, userId } = use;
  const step = deps.core.begin(use.command, lang);
  if (step.kind === 'reply') {
    await privately(poster, respond, use, renderReply(step.reply));
    return;
  }
  const root = await poster.post(channel, echo(deps.config.command, userId, use.command));
  if (root.ok && root.ts) {
    // The echo is the thread root, so the conversation is keyed by it like any thread.
    await replyInThread(deps, poster, { channel, threadTs: root.ts, userId, lang }, step);
    return;
  }
  // Answered privately: a conversation of its own, keyed by the command's trigger_id.
  const reply: ChatReply = await step.run({ threadKey: `${channel}:${use.triggerId}`, userId, lang });
  if (reply.kind === 'error') deps.log.error({ err: reply.error, channel, command: use.command.kind }, 'assistant failed');
  await privately(poster, respond, use, renderReply(reply), !root.ok && NOT_MEMBER.has(root.error));
}

/** "@ana asked: > question", the thread root an answer goes under. */
function echo(name: string, userId: string, command: ChatCommand): SlackMessage {
  const what = command.kind === 'ask' ? command.question : `${name} ${questionOf(command)}`;
  const text = `<@${userId}> asked:\n${quote(escapeMrkdwn(what))}`;
  return { text: `<@${userId}> asked: ${escapeMrkdwn(what.slice(0, 200))}`, blocks: sections(text) };
}

/**
 * Ephemeral messages to one user: chat.postEphemeral first; once Slack
 * refuses it (a DM the bot is not part of, a channel it was not invited to),
 * the command's response_url, which works anywhere for 30 minutes.
 */
async function privately(
  poster: Poster,
  respond: RespondFn,
  use: SlashUse,
  messages: SlackMessage[],
  viaResponseUrl = false,
): Promise<void> {
  let useResponseUrl = viaResponseUrl;
  for (const message of messages) {
    if (!useResponseUrl) {
      if ((await poster.ephemeral(use.channel, use.userId, message)).ok) continue;
      useResponseUrl = true;
    }
    try {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    } catch (error) {
      poster.log.warn({ err: error, channel: use.channel }, 'response_url failed too');
    }
  }
}
