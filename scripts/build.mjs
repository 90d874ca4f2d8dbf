#!/usr/bin/env node
// `npm run build` (also run by `npm ci` / `npm install` through "prepare"): the CLI and the chat
// processes as plain ES modules under dist/, so they start under `node` with no TypeScript
// transpiling at run time. Small pure-JS dependencies are bundled; native addons, the model
// runtime and the large SDKs stay external (loaded from node_modules); source maps point stack
// traces back at the .ts files.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = {
  cli: 'bot/cli/main.ts',
  slack: 'bot/slack/main.ts',
  discord: 'bot/discord/main.ts',
  'discord-register': 'bot/discord/register-commands.ts',
};

const EXTERNAL = [
  'better-sqlite3',
  'hnswlib-node',
  '@xenova/transformers',
  'onnxruntime-node',
  'sharp',
  '@slack/bolt',
  'discord.js',
  'openai',
  'mammoth',
  'unpdf',
  'html-to-text',
  'jszip',
  '@xmldom/xmldom',
  'pino',
  'cli-progress',
  'docx',
  'esbuild',
  'i18n-iso-countries',
];

const BANNER = [
  "import { createRequire as __iotsecRequire } from 'node:module';",
  "import { fileURLToPath as __iotsecPath } from 'node:url';",
  'const require = __iotsecRequire(import.meta.url);',
  'const __filename = __iotsecPath(import.meta.url);',
].join(' ');

await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS dependencies are bundled (resolving and compiling them one by one cost a tenth of a second at every
  // start); native addons, the model runtime and the large SDKs stay in node_modules.
  external: EXTERNAL,
  // Bundled CommonJS modules expect require and __filename (write-file-atomic hashes it into temp names).
  banner: { js: BANNER },
  sourcemap: 'linked',
  logLevel: 'warning',
  // Chunks share code between the four programs; their names say nothing, so they get a folder.
  chunkNames: 'chunks/[name]-[hash]',
});
console.log(`built ${Object.keys(entries).map((e) => `dist/${e}.mjs`).join(', ')}`);
