import type { Logger } from 'pino';
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { loadBotConfig, type BotConfig } from '../config.ts';
import { openStateStore, type StateStore } from '../store/open-store.ts';
import { ChatCore } from './chat-core.ts';
import { RateLimiter } from './rate-limit.ts';

/** A ChatCore over the opened assistant and state store, as both chat adapters' main.ts start one. */
export interface OpenedChat {
  core: ChatCore;
  store: StateStore;
  config: BotConfig;
}

/**
 * Start-up shared by the chat adapters: the bot's settings, the state store
 * (votes and thread memory; the legacy votes file imported once), the
 * assistant (index built or updated first), then the ChatCore over them.
 */
export async function openChat(options: { llm?: boolean; log: Logger }): Promise<OpenedChat> {
  const { log } = options;
  const config = loadBotConfig();
  const store = openStateStore({ path: config.stateDb, legacyVotesFile: config.legacyVotesFile });
  const { imported, skipped } = store.imported;
  if (imported > 0 || skipped > 0)
    log.info({ imported, skipped, from: config.legacyVotesFile }, 'legacy votes imported into the state store');
  log.info({ stateDb: store.path }, 'opening the assistant (the first run builds the index)');
  const assistant = await openAssistant();
  for (const notice of assistant.notices) log.warn({ notice }, notice);
  const limiter = new RateLimiter(config.rateLimit.perMinute, config.rateLimit.burst);
  const core = new ChatCore({ assistant, votes: store.votes, memory: store.conversations, limiter, llm: options.llm, log });
  return { core, store, config };
}

/**
 * Stops the adapter on SIGINT or SIGTERM, then exits (0, or 1 when stopping
 * failed). A stuck connection cannot hang the process: it exits after
 * `graceMs` regardless.
 */
export function stopOnSignals(
  adapter: { stop(): Promise<void> },
  log: Logger,
  onStopped: () => void = () => undefined,
  graceMs = 10_000,
): void {
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), graceMs);
    force.unref();
    try {
      await adapter.stop();
      onStopped();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  // `on`, not `once`: under `npm run` a Ctrl-C reaches the bot twice (from the terminal's process group and
  // relayed by tsx); with `once` the second signal would find no handler and kill the process mid-shutdown.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
