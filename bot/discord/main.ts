/**
 * `npm run discord`: validates the settings, opens the index, connects to
 * Discord and answers until SIGINT/SIGTERM. Settings: see docs/discord.md.
 */
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { CodedError, ErrorCode, userLine } from '../../retrieval/errors.ts';
import { createLogger } from '../log.ts';
import { createDiscordBot } from './bot.ts';
import { loadDiscordConfig } from './config.ts';
import { errorFields } from './deps.ts';

const logger = createLogger('discord');

// A stray rejection in a handler must not take the bot down for everyone.
process.on('unhandledRejection', (reason) => logger.error(errorFields(reason), 'unhandled rejection'));

try {
  const config = loadDiscordConfig();
  // Corpus, index and model come from the IOTSEC_* variables, as for the CLI.
  const assistant = await openAssistant();
  for (const notice of assistant.notices) logger.warn({ notice }, 'assistant notice');

  const bot = createDiscordBot({ assistant, config, logger });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Closing the gateway with 1000 ends the session; Discord shows the bot offline at once.
    await bot.stop().catch((error: unknown) => logger.warn(errorFields(error), 'error while disconnecting'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await bot.start();
} catch (error) {
  if (!(error instanceof CodedError && error.code === ErrorCode.ConfigInvalid)) logger.error(errorFields(error), 'discord bot failed to start');
  console.error(`Discord bot not started: ${userLine(error)}`);
  process.exit(1);
}
