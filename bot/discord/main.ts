/**
 * `npm run discord`: validates the settings, opens the state store and the
 * assistant, connects to Discord and answers until SIGINT/SIGTERM. Settings:
 * see docs/discord.md.
 */
import { CodedError, ErrorCode, userLine } from '../../retrieval/errors.ts';
import { loadBotConfig } from '../config.ts';
import { createLogger } from '../chat/log.ts';
import { openChat, stopOnSignals } from '../chat/open-chat.ts';
import { DiscordAdapter } from './adapter.ts';
import { loadDiscordConfig } from './config.ts';
import { errorFields } from './errors.ts';

const log = createLogger('discord');

// A stray rejection in a handler must not take the bot down for everyone.
process.on('unhandledRejection', (reason) => log.error(errorFields(reason), 'unhandled rejection'));

try {
  const config = loadDiscordConfig();
  loadBotConfig();
  // Corpus, index and model come from the IOTSEC_* variables, as for the CLI.
  const { core, store } = await openChat({ log });
  const adapter = new DiscordAdapter({ core, config, logger: log });
  stopOnSignals(adapter, log, () => store.close());
  await adapter.start();
} catch (error) {
  if (!(error instanceof CodedError && error.code === ErrorCode.ConfigInvalid))
    log.error(errorFields(error), 'discord bot failed to start');
  console.error(`Discord bot not started: ${userLine(error)}`);
  process.exit(1);
}
