import { REST, Routes, type RESTOptions } from 'discord.js';
import type { DiscordConfig } from './config.ts';
import { slashCommandDefinitions } from './slash-commands.ts';

/** Where the commands went and how many. */
export interface Registration {
  scope: 'guild' | 'global';
  count: number;
}

/**
 * Replaces the application's slash commands with ours (one bulk PUT, so a
 * renamed or removed command disappears too). Guild-scoped when
 * `config.guildId` is set: those update at once, which suits testing;
 * global commands serve every server the bot is in.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId'>,
  restOptions: Partial<RESTOptions> = {},
): Promise<Registration> {
  const rest = new REST(restOptions).setToken(config.token);
  const body = slashCommandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: config.guildId ? 'guild' : 'global', count: saved.length };
}
