import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// The suite that runs parallel index builds in child processes loads both cores: it runs alone, last, so the
// tests that time a deadline or a cold start elsewhere are not measured on a saturated machine.
const HEAVY = ['test/retrieval/faults/concurrency.test.ts'];

export default defineConfig({
  test: {
    // Each file builds its own index in a temp dir; two cores, so two workers.
    maxWorkers: 2,
    globalSetup: ['test/helpers/build-dist.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'core',
          include: ['test/retrieval/**/*.test.ts', 'test/bench/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          exclude: HEAVY,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'bot',
          include: ['test/bot/**/*.test.ts'],
          // The bot's files import discord.js (about 1.2 s) and the core (0.7 s) each: one module graph per worker
          // instead of one per file saves most of that. Bot tests keep no module-level state between files.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      { test: { ...shared, name: 'heavy', include: HEAVY, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
