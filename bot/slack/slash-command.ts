import type { App, RespondFn } from '@slack/bolt';
import { detectLanguage } from '../../retrieval/query/language.ts';
import { cleanMessage, parseSlashText, type ChatCommand } from '../commands.ts';
import { sections, type SlackMessage } from './blocks.ts';
import { channelAllowed, NOT_HERE, type SlackDeps } from './deps.ts';
import { escapeMrkdwn, quote } from './mrkdwn.ts';
import { Poster } from './poster.ts';
import { renderLine } from './render-misc.ts';
import { questionOf, renderReply } from './render-reply.ts';
import { needsWork, replyInThread } from './thread-reply.ts';

/** Slack's answers when the bot may not post in a conversation: chat.postEphemeral would be refused too. */
const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/**
 * The slash command (`/iotsec` by default) with ask, summary, mandate,
 * sources and help. It is acked at once (Slack shows "failed with the error
 * operation_timeout" after 3 s). Quick replies (help, sources, notices) are
 * ephemeral; answers are posted in the channel under an echo of the question,
 * in its thread, so others see the citations and can follow up there. Where
 * the bot is not a member, the answer comes back privately via response_url.
 */
export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(deps.config.command, async ({ command, ack, client, respond }) => {
    await ack();
    const poster = new Poster(client, deps.log);
    const { channel_id: channel, user_id: userId } = command;
    const parsed = parseSlashText(command.text ?? '');
    const cleaned = cleanMessage(command.text ?? '');
    const lang = cleaned ? (detectLanguage(cleaned.slice(0, 500)) === 'fr' ? 'fr' : 'en') : undefined;
    deps.log.info({ via: 'slash', channel, command: parsed.kind }, 'slack slash command');
    try {
      if (!channelAllowed(deps.config, channel)) {
        await privately(poster, respond, channel, userId, [renderLine(NOT_HERE)]);
        return;
      }
      let notMember = false;
      if (needsWork(parsed)) {
        const root = await poster.post(channel, echo(deps.config.command, userId, parsed));
        if (root.ok && root.ts) {
          await replyInThread(deps, poster, { channel, threadTs: root.ts, userId, lang }, parsed);
          return;
        }
        notMember = !root.ok && NOT_MEMBER.has(root.error);
      }
      const reply = await deps.core.handle(parsed, { threadKey: `${channel}:${command.trigger_id}`, userId, lang });
      if (reply.kind === 'error') deps.log.error({ err: reply.error, channel, command: parsed.kind }, 'assistant failed');
      await privately(poster, respond, channel, userId, renderReply(reply, deps.answers, questionOf(parsed)), notMember);
    } catch (error) {
      deps.log.error({ err: error, channel }, 'slash command failed');
      await privately(poster, respond, channel, userId, [renderLine('Sorry, something went wrong; please try again.')]);
    }
  });
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
async function privately(poster: Poster, respond: RespondFn, channel: string, userId: string, messages: SlackMessage[], viaResponseUrl = false): Promise<void> {
  let useResponseUrl = viaResponseUrl;
  for (const message of messages) {
    if (!useResponseUrl) {
      if ((await poster.ephemeral(channel, userId, message)).ok) continue;
      useResponseUrl = true;
    }
    try {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    } catch (error) {
      poster.log.warn({ err: error, channel }, 'response_url failed too');
    }
  }
}
