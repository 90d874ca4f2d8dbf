import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { parseButtonId, votedFromMessage } from './button-ids.ts';
import type { DiscordDeps } from './handler-deps.ts';
import { langOf } from './locale.ts';
import { renderClause } from './render-clause.ts';
import { DISCORD_TEXTS } from './texts.ts';

/**
 * "Show clause" and 👍/👎 clicks; the logic (which clause, recording the
 * vote) is ChatCore's, this only renders. Both answer ephemerally and at once
 * (no search involved, well within Discord's 3-second window): only the
 * clicker sees the clause text or the thanks, and the thanks come only after
 * the vote is committed.
 */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(interaction.locale);
  const action = parseButtonId(interaction.customId);
  const say = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral });

  switch (action.kind) {
    case 'clause': {
      const shown = deps.core.showClause(action.clauseId, lang);
      if (shown.kind === 'notice') return void (await say(shown.text));
      const [first, ...rest] = renderClause(shown.clause);
      await interaction.reply({ ...first, flags: MessageFlags.Ephemeral });
      for (const m of rest) await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
      return;
    }
    case 'vote': {
      const reply = deps.core.vote({
        platform: 'discord',
        answerKey: action.answerKey,
        userId: interaction.user.id,
        vote: action.vote,
        lang,
        fromMessage: () => votedFromMessage(interaction.message),
      });
      await say(reply.text);
      return;
    }
    case 'expired':
      await say(DISCORD_TEXTS[lang].expired);
      return;
    case 'unknown':
      deps.log.warn({ customId: interaction.customId }, 'unknown button');
      await say(DISCORD_TEXTS[lang].unknownButton);
  }
}
