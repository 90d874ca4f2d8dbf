/**
 * `npm run slack`: validates the Slack settings, opens the assistant (index
 * built or updated first), then connects (Socket Mode) or listens (HTTP).
 * SIGINT/SIGTERM stop the receiver so in-flight answers can finish.
 */
import { CodedError, userLine } from '../../retrieval/errors.ts';
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { createLogger } from '../log.ts';
import { createSlackApp } from './app.ts';
import { loadSlackConfig, type SlackConfig } from './config.ts';
import { apiError } from './api-error.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const log = createLogger('slack');
  // A stray rejection (e.g. Bolt's eager auth.test, a Web API call outside a listener) is logged, not fatal.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  let config: SlackConfig;
  try {
    config = loadSlackConfig();
  } catch (error) {
    // Config problems are for a person at a terminal: plain lines on stderr, not JSON.
    process.stderr.write(`${error instanceof CodedError ? error.message : userLine(error)}\nSee docs/slack.md for the variables.\n`);
    process.exit(2);
  }

  log.info('opening the assistant (the first run builds the index)');
  const assistant = await openAssistant();
  for (const notice of assistant.notices) log.warn({ notice }, notice);

  const { app } = createSlackApp({ assistant, config, logger: log });
  try {
    const who = await app.client.auth.test();
    log.info({ team: who.team, bot: who.user }, 'bot token accepted');
  } catch (error) {
    process.stderr.write(`SLACK_BOT_TOKEN was refused by Slack (${apiError(error)}): reinstall the app and copy the Bot User OAuth Token again.\n`);
    process.exit(2);
  }
  if (config.mode === 'http') await app.start(config.port);
  else await app.start();
  log.info(
    { mode: config.mode, command: config.command, port: config.mode === 'http' ? config.port : undefined, feedback: config.feedbackFile },
    config.mode === 'http' ? `Slack app listening on port ${config.port} (HTTP mode)` : 'Slack app connected (Socket Mode)',
  );

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Never hang forever on a stuck socket: exit after the grace period regardless.
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Slack app failed to start: ${userLine(error)}\n`);
  createLogger('slack').error({ err: error }, 'start-up failed');
  process.exit(1);
});
