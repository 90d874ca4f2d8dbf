import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../retrieval/errors.ts';
import { cleanMessage, commandFor, type ChatCommand } from '../chat/commands.ts';

/** Names of the slash commands, as registered and as received. */
export const COMMAND_NAMES = ['ask', 'summary', 'mandate', 'verify', 'sources', 'help'] as const;
/** One of the slash command names. */
export type CommandName = (typeof COMMAND_NAMES)[number];

function base(name: CommandName, description: string, descriptionFr: string): SlashCommandBuilder {
  return (
    new SlashCommandBuilder()
      .setName(name)
      .setDescription(description)
      .setDescriptionLocalizations({ fr: descriptionFr })
      // Usable in servers and in DMs with the bot; not as a user-installed app.
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  );
}

/** The JSON bodies register-commands.ts PUTs to Discord (bulk overwrite). */
export function slashCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    base(
      'ask',
      'Ask about JCG-IoTSec and its ITU documents; the answer cites the exact clause',
      'Poser une question sur le JCG-IoTSec; la réponse cite la clause exacte',
    )
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('Your question, in English, French or Spanish')
          .setDescriptionLocalizations({ fr: 'Votre question, en français ou en anglais' })
          .setRequired(true)
          // Discord refuses longer input client-side; the core checks again for other clients.
          .setMaxLength(MAX_QUESTION_CHARS),
      )
      .toJSON(),
    base('summary', 'A cited brief of a document (e.g. "Res. 98") or a topic', "Synthèse citée d'un document ou d'un sujet")
      .addStringOption((o) =>
        o.setName('topic').setDescription('Document or topic; empty for the whole corpus').setRequired(false).setMaxLength(300),
      )
      .toJSON(),
    base('mandate', 'What JCG-IoTSec is for, how it works and how to take part (cited)', 'Le mandat du JCG-IoTSec, cité').toJSON(),
    base('verify', 'Check a draft: each sentence against the clauses it cites in brackets', 'Vérifier un brouillon citant des clauses')
      .addStringOption((o) =>
        o
          .setName('draft')
          .setDescription('Text citing clauses in brackets, e.g. "… [wtsa-res-98:resolves:1]"')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION_CHARS),
      )
      .toJSON(),
    base('sources', 'The indexed ITU documents', "Les documents de l'UIT indexés").toJSON(),
    base('help', 'How to use this bot', 'Comment utiliser ce bot').toJSON(),
  ];
}

/**
 * Turns a received slash command into the shared ChatCommand. Text options
 * get the same clean-up as chat messages, so a whitespace-only question is
 * `empty` rather than a query for nothing.
 */
export function chatCommandFromSlash(name: string, option: (name: string) => string | null): ChatCommand {
  const options: Record<string, string> = { ask: 'question', summary: 'topic', verify: 'draft' };
  const arg = options[name] ? option(options[name]) : '';
  return commandFor(name, cleanMessage(arg ?? ''));
}
