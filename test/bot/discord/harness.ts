import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createDiscordBot, type DiscordBot } from '../../../bot/discord/bot.ts';
import type { DiscordConfig } from '../../../bot/discord/config.ts';
import { ChatCore } from '../../../bot/chat-core.ts';
import { RateLimiter } from '../../../bot/rate-limit.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { FakeDiscord, IDS } from './fake-discord.ts';

// The manifest lives in corpus/, next to documents/: it gives documents their citation names.
export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus', import.meta.url));

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  assistant: Assistant;
  dir: string;
  feedbackFile: string;
  /** A fresh user id, so one test's questions never use up another's rate-limit bucket. */
  user(): string;
  close(): Promise<void>;
}

/**
 * The real engine over the real corpus (index in a temp dir), the real bot,
 * and a fake Discord on loopback. Rate limit: burst of 3 per user, then one
 * question a minute, so the limit is reached by count and never by timing.
 */
export async function startHarness(config: Partial<DiscordConfig> = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'iotsec-discord-'));
  const feedbackFile = join(dir, 'feedback.jsonl');
  const fake = await FakeDiscord.start();
  const assistant = await openAssistant({ corpusDir: CORPUS_DIR, indexDir: join(dir, 'index') });
  const bot = createDiscordBot({
    assistant,
    config: {
      token: 'MTEwMDAwMDAwMDAwMDAwMDAy.fake.fake-token-fake-token-fake',
      applicationId: IDS.app,
      allowedGuilds: [],
      allowedChannels: [],
      feedbackFile,
      ...config,
    },
    core: new ChatCore(assistant, new RateLimiter(1, 3)),
    logger: pino({ level: process.env.DISCORD_TEST_LOG ?? 'silent' }), // DISCORD_TEST_LOG=debug to see the bot's log
    clientOptions: { rest: { api: fake.api } },
  });
  await bot.start();
  let users = 0;
  return {
    fake,
    bot,
    assistant,
    dir,
    feedbackFile,
    user: () => `13000000000000${String(++users).padStart(4, '0')}`,
    async close() {
      await bot.stop();
      await fake.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
