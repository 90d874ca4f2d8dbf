import { throttleProgress } from '../progress-throttle.ts';
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../retrieval/errors.ts';
import type { ChatReply } from '../chat-core.ts';
import type { ChatCommand } from '../commands.ts';
import { errorFields, isAllowed, langOf, type HandlerDeps } from './deps.ts';
import type { DiscordMessage } from './message.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources, renderText } from './render-misc.ts';
import { chatCommandFromSlash } from './slash-commands.ts';

/**
 * Answers /ask, /summary, /mandate, /sources and /help.
 *
 * Discord drops an interaction not acknowledged within 3 seconds, and an
 * answer can take longer, so anything that reaches the Assistant is deferred
 * first, then the deferred reply is edited. Replies that need no search
 * (help, bad input) are sent at once, ephemerally.
 */
export async function handleSlash(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const lang = langOf(interaction.locale);
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : null;
  if (!isAllowed(deps.config, interaction.guildId, interaction.channelId, parentId)) {
    await interaction.reply({ content: lang === 'fr' ? "Je ne suis pas activé dans ce salon." : "I'm not enabled in this channel.", flags: MessageFlags.Ephemeral });
    return;
  }
  const command = chatCommandFromSlash(interaction.commandName, (name) => interaction.options.getString(name));
  // In a thread the conversation is the thread's; elsewhere each user's slash commands are their own.
  const threadKey = parentId ? interaction.channelId : `slash:${interaction.channelId}:${interaction.user.id}`;
  const ctx = { threadKey, userId: interaction.user.id, lang };

  if (answersAtOnce(command)) {
    const reply = await deps.core.handle(command, ctx);
    const messages = toMessages(reply, deps, interaction.id);
    const ephemeral = reply.kind !== 'sources';
    await interaction.reply({ ...messages[0], flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    for (const m of messages.slice(1)) await interaction.followUp({ ...m, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    return;
  }

  await interaction.deferReply();
  // A streamed model answer shows as it is written; Discord's 2,000-character content limit applies to the preview.
  const progress = throttleProgress((text) => interaction.editReply({ content: `${text.slice(-1900)} …` }));
  const reply = await deps.core.handle(command, ctx, progress.onPartial);
  await progress.settled();
  if (reply.kind === 'notice' || reply.kind === 'error') {
    // A deferred reply cannot turn ephemeral: remove it and say the one line privately.
    const [line] = toMessages(reply, deps, interaction.id);
    await interaction.deleteReply().catch((error: unknown) => deps.logger.warn(errorFields(error), 'could not delete deferred reply'));
    await interaction.followUp({ ...line, flags: MessageFlags.Ephemeral });
    return;
  }
  const [first, ...rest] = toMessages(reply, deps, interaction.id);
  await interaction.editReply({ content: '', ...first });
  for (const m of rest) await interaction.followUp(m);
}

/** Commands whose reply needs no search, so the 3-second window is no concern. */
function answersAtOnce(command: ChatCommand): boolean {
  if (command.kind === 'ask') return command.question.length > MAX_QUESTION_CHARS;
  return command.kind !== 'summary' && command.kind !== 'mandate';
}

/** Renders any ChatReply; logs the cause of an error reply. Shared with the message handler. */
export function toMessages(reply: ChatReply, deps: HandlerDeps, ref: string): DiscordMessage[] {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, deps.recent.add(reply.answer));
    case 'sources':
      return renderSources(reply.sources);
    case 'error':
      deps.logger.error({ ...errorFields(reply.error), ref }, 'answering failed');
      return renderText(reply.text);
    default:
      return renderText(reply.text);
  }
}
