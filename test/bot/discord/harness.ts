import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { DiscordAdapter } from '../../../bot/discord/adapter.ts';
import type { DiscordConfig } from '../../../bot/discord/config.ts';
import { ChatCore } from '../../../bot/chat/chat-core.ts';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import type { Vote } from '../../../bot/chat/votes.ts';
import { openStateStore, type StateStore } from '../../../bot/store/open-store.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { FakeDiscord, IDS, type RestCall } from './fake-discord.ts';

// The manifest lives in corpus/, next to documents/: it gives documents their citation names.
export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus', import.meta.url));

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordAdapter;
  assistant: Assistant;
  dir: string;
  store: StateStore;
  /** Every vote in the state store, oldest first. */
  votes(): Vote[];
  /** A fresh user id, so one test's questions never use up another's rate-limit bucket. */
  user(): string;
  close(): Promise<void>;
}

/**
 * The real engine over the real corpus (index in a temp dir), the real bot,
 * and a fake Discord on loopback. Rate limit: burst of 3 per user, then one
 * question a minute, so the limit is reached by count and never by timing.
 */
export async function startHarness(config: Partial<DiscordConfig> = {}, given?: Assistant): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'iotsec-discord-'));
  // A short busy timeout: a test that locks the store sees the failed write at once.
  const store = openStateStore({ path: join(dir, 'iotsec.db'), busyTimeoutMs: 50 });
  const fake = await FakeDiscord.start();
  const assistant = given ?? (await openAssistant({ corpusDir: CORPUS_DIR, indexDir: join(dir, 'index') }));
  const log = pino({ level: process.env.DISCORD_TEST_LOG ?? 'silent' }); // DISCORD_TEST_LOG=debug to see the bot's log
  const bot = new DiscordAdapter({
    config: {
      token: 'MTEwMDAwMDAwMDAwMDAwMDAy.fake.fake-token-fake-token-fake',
      applicationId: IDS.app,
      allowedGuilds: [],
      allowedChannels: [],
      apiUrl: fake.api,
      ...config,
    },
    core: new ChatCore({ assistant, votes: store.votes, memory: store.conversations, limiter: new RateLimiter(1, 3), log }),
    logger: log,
  });
  await bot.start();
  let users = 0;
  return {
    fake,
    bot,
    assistant,
    dir,
    store,
    votes: () => store.votes.list().votes,
    user: () => `13000000000000${String(++users).padStart(4, '0')}`,
    async close() {
      await bot.stop();
      await fake.stop();
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One test file's Discord: `bed.h` is the harness once beforeAll has run; it is closed after the file. */
export function useHarness(config: Partial<DiscordConfig> = {}): { h: Harness } {
  const bed = {} as { h: Harness };
  beforeAll(async () => {
    bed.h = await startHarness(config);
  });
  afterAll(async () => {
    await bed.h?.close();
  });
  return bed;
}

/** A successful message post in a channel (or thread), for `waitForCall`. */
export const sends = (channelId: string) => (c: RestCall) =>
  c.method === 'POST' && c.route === `/channels/${channelId}/messages` && c.status === 200;

/** The embeds of a recorded call, as text to search. */
export const embedsText = (c: RestCall) => JSON.stringify(c.body.embeds ?? []);

/** Dispatches MESSAGE_CREATE and returns the index to search recorded calls from. */
export function deliver(h: Harness, message: { id: string }): number {
  const since = h.fake.calls.length;
  h.fake.dispatch('MESSAGE_CREATE', message);
  return since;
}
