import { MessageFlags, type Interaction } from 'discord.js';
import { userLine } from '../../retrieval/errors.ts';
import { handleButton } from './buttons.ts';
import { errorFields } from './errors.ts';
import type { DiscordDeps } from './handler-deps.ts';
import { handleSlash } from './slash-commands.ts';

/**
 * Routes slash commands and button clicks. Any failure, including a REST
 * error, ends here: logged in full, told to the user in one ephemeral line,
 * never thrown (the process keeps serving everyone else).
 */
export async function handleInteraction(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleSlash(interaction, deps);
    else if (interaction.isButton()) await handleButton(interaction, deps);
  } catch (error) {
    deps.log.error({ ...errorFields(error), interactionId: interaction.id }, 'interaction handling failed');
    if (!interaction.isRepliable()) return;
    // One short ephemeral line; the details are in the log line above.
    const content = `Sorry, something went wrong: ${userLine(error)}`.slice(0, 300);
    // A deferred reply would show "thinking…" forever: remove it (it cannot turn ephemeral).
    if (interaction.deferred && !interaction.ephemeral) await interaction.deleteReply().catch(() => undefined);
    const tell =
      interaction.deferred || interaction.replied
        ? interaction.followUp({ content, flags: MessageFlags.Ephemeral })
        : interaction.reply({ content, flags: MessageFlags.Ephemeral });
    await tell.catch((second: unknown) => deps.log.warn(errorFields(second), 'could not report the error to the user'));
  }
}
