import { ComponentType, MessageFlags, type ButtonInteraction, type Message } from 'discord.js';
import { parseButtonId } from './custom-ids.ts';
import { langOf, type HandlerDeps } from './deps.ts';
import type { VotedAnswer } from './recent-answers.ts';
import { renderClause } from './render-misc.ts';

/**
 * "Show clause" and 👍/👎 clicks. Both answer ephemerally and at once (no
 * search involved, well within Discord's 3-second window): only the clicker
 * sees the clause text or the thanks.
 */
export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const fr = langOf(interaction.locale) === 'fr';
  const action = parseButtonId(interaction.customId);
  const say = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral });

  switch (action.kind) {
    case 'clause': {
      const clause = deps.assistant.clause(action.clauseId);
      if (!clause) {
        await say(fr ? "Cette clause n'est plus dans l'index : reposez la question." : 'That clause is no longer in the index: please ask again.');
        return;
      }
      const [first, ...rest] = renderClause(clause);
      await interaction.reply({ ...first, flags: MessageFlags.Ephemeral });
      for (const m of rest) await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
      return;
    }
    case 'vote': {
      const voted = deps.recent.get(action.answerKey) ?? fromMessage(interaction.message);
      if (deps.recent.isNewVote(action.answerKey, interaction.user.id, action.vote)) {
        await deps.feedback.record({ platform: 'discord', vote: action.vote, ...voted, userId: interaction.user.id });
      }
      const thumb = action.vote === 'up' ? '👍' : '👎';
      await say(fr ? `Merci, votre ${thumb} est enregistré.` : `Thanks, your ${thumb} is recorded.`);
      return;
    }
    case 'expired':
      await say(fr ? 'Ce bouton a expiré : reposez la question.' : 'This button has expired: please ask again.');
      return;
    case 'unknown':
      deps.logger.warn({ customId: interaction.customId }, 'unknown button');
      await say(fr ? 'Bouton inconnu.' : 'Unknown button.');
  }
}

/**
 * After a restart the answer is no longer in memory: rebuild the vote from
 * the message itself (title = question, possibly shortened; descriptions =
 * answer; clause ids from its "Show clause" buttons).
 */
function fromMessage(message: Message): VotedAnswer {
  const citations: string[] = [];
  for (const row of message.components) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || !component.customId) continue;
      const action = parseButtonId(component.customId);
      if (action.kind === 'clause') citations.push(action.clauseId);
    }
  }
  return {
    question: message.embeds[0]?.title ?? '',
    answer: message.embeds.map((e) => e.description ?? '').filter(Boolean).join('\n\n'),
    citations,
  };
}
