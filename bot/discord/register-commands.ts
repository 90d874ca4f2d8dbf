/**
 * `npm run discord:register`: registers /ask, /summary, /mandate, /sources
 * and /help. With DISCORD_GUILD_ID set they appear in that server at once;
 * without it they are global (every server the bot is in).
 */
import { REST, Routes, type RESTOptions } from 'discord.js';
import { userLine } from '../../retrieval/errors.ts';
import { slashCommandDefinitions } from './command-definitions.ts';
import { loadDiscordConfig, type DiscordConfig } from './config.ts';

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
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>,
  restOptions: Partial<RESTOptions> = {},
): Promise<Registration> {
  const rest = new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}), ...restOptions }).setToken(config.token);
  const body = slashCommandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: config.guildId ? 'guild' : 'global', count: saved.length };
}

/** The npm script: one line saying what was registered, or why not (exit code 1). */
async function main(): Promise<void> {
  try {
    const config = loadDiscordConfig();
    const { scope, count } = await registerCommands(config);
    const where = scope === 'guild' ? `server ${config.guildId}` : 'all servers (global)';
    console.log(`Registered ${count} slash commands for ${where}.`);
  } catch (error) {
    console.error(`Could not register the slash commands: ${userLine(error)}`);
    process.exitCode = 1;
  }
}

// Run as a script: the source (tsx) or its bundle (dist/discord-register.mjs).
if (/(register-commands\.ts|discord-register\.mjs)$/.test(process.argv[1] ?? '')) await main();
