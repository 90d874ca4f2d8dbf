import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { throttleProgress } from '../chat/progress-throttle.ts';
import { isAllowed } from './allowlist.ts';
import { chatCommandFromSlash } from './command-definitions.ts';
import { errorFields } from './errors.ts';
import type { DiscordDeps } from './handler-deps.ts';
import { langOf } from './locale.ts';
import { renderReply } from './render-reply.ts';
import { DISCORD_TEXTS } from './texts.ts';

/**
 * Answers /ask, /summary, /mandate, /sources and /help.
 *
 * Discord drops an interaction not acknowledged within 3 seconds, and an
 * answer can take longer, so anything that reaches the Assistant is deferred
 * first, then the deferred reply is edited. Replies that need no search
 * (help, sources, bad input) are sent at once; all but sources ephemerally.
 */
export async function handleSlash(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(interaction.locale);
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : null;
  if (!isAllowed(deps.config, interaction.guildId, interaction.channelId, parentId)) {
    await interaction.reply({ content: DISCORD_TEXTS[lang].notEnabled, flags: MessageFlags.Ephemeral });
    return;
  }
  const command = chatCommandFromSlash(interaction.commandName, (name) => interaction.options.getString(name));
  const step = deps.core.begin(command, lang);
  if (step.kind === 'reply') {
    const messages = renderReply(step.reply, deps.log, interaction.id);
    const flags = step.reply.kind === 'sources' ? undefined : MessageFlags.Ephemeral;
    await interaction.reply({ ...messages[0], flags });
    for (const m of messages.slice(1)) await interaction.followUp({ ...m, flags });
    return;
  }

  await interaction.deferReply();
  // A streamed model answer shows as it is written; Discord's 2,000-character content limit applies to the preview.
  const progress = throttleProgress((text) => interaction.editReply({ content: `${text.slice(-1900)} …` }));
  // In a thread the conversation is the thread's; elsewhere each user's slash commands are their own.
  const threadKey = parentId ? interaction.channelId : `slash:${interaction.channelId}:${interaction.user.id}`;
  const reply = await step.run({ threadKey, userId: interaction.user.id, lang }, progress.onPartial);
  await progress.settled();
  const [first, ...rest] = renderReply(reply, deps.log, interaction.id);
  if (reply.kind === 'notice' || reply.kind === 'error') {
    // A deferred reply cannot turn ephemeral: remove it and say the one line privately.
    await interaction.deleteReply().catch((error: unknown) => deps.log.warn(errorFields(error), 'could not delete deferred reply'));
    await interaction.followUp({ ...first, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.editReply({ content: '', ...first });
  for (const m of rest) await interaction.followUp(m);
}
