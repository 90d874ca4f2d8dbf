/**
 * `npm run slack`: validates the settings, opens the state store and the
 * assistant (index built or updated first), then connects (Socket Mode) or
 * listens (HTTP). SIGINT/SIGTERM stop the receiver so in-flight answers can finish.
 */
import { CodedError, userLine } from '../../retrieval/errors.ts';
import { loadBotConfig } from '../config.ts';
import { createLogger } from '../chat/log.ts';
import { openChat, stopOnSignals } from '../chat/open-chat.ts';
import { SlackAdapter } from './adapter.ts';
import { loadSlackConfig, type SlackConfig } from './config.ts';
import { apiError } from './errors.ts';

async function main(): Promise<void> {
  const log = createLogger('slack');
  // A stray rejection (e.g. Bolt's eager auth.test, a Web API call outside a listener) is logged, not fatal.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  let config: SlackConfig;
  try {
    config = loadSlackConfig();
    loadBotConfig();
  } catch (error) {
    // Config problems are for a person at a terminal: plain lines on stderr, not JSON.
    process.stderr.write(`${error instanceof CodedError ? error.message : userLine(error)}\nSee docs/slack.md for the variables.\n`);
    process.exit(2);
  }

  const { core, store } = await openChat({ llm: config.llm, log });
  const adapter = new SlackAdapter({ core, config, logger: log });
  try {
    const who = await adapter.app.client.auth.test();
    log.info({ team: who.team, bot: who.user }, 'bot token accepted');
  } catch (error) {
    process.stderr.write(
      `SLACK_BOT_TOKEN was refused by Slack (${apiError(error)}): reinstall the app and copy the Bot User OAuth Token again.\n`,
    );
    process.exit(2);
  }
  await adapter.start();
  const at = adapter.address;
  log.info(
    { mode: config.mode, command: config.command, host: at?.address, port: at?.port, stateDb: store.path },
    at ? `Slack app listening on port ${at.port} of ${at.address} (HTTP mode)` : 'Slack app connected (Socket Mode)',
  );
  stopOnSignals(adapter, log, () => store.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`Slack app failed to start: ${userLine(error)}\n`);
  createLogger('slack').error({ err: error }, 'start-up failed');
  process.exit(1);
});
