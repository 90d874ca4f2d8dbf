/**
 * `npm run discord:register`: registers /ask, /summary, /mandate, /sources
 * and /help. With DISCORD_GUILD_ID set they appear in that server at once;
 * without it they are global (every server the bot is in).
 */
import { userLine } from '../../retrieval/errors.ts';
import { registerCommands } from './command-registration.ts';
import { loadDiscordConfig } from './config.ts';

try {
  const config = loadDiscordConfig();
  const { scope, count } = await registerCommands(config);
  const where = scope === 'guild' ? `server ${config.guildId}` : 'all servers (global)';
  console.log(`Registered ${count} slash commands for ${where}.`);
} catch (error) {
  console.error(`Could not register the slash commands: ${userLine(error)}`);
  process.exitCode = 1;
}
