#!/usr/bin/env node
// Package bin: the compiled CLI (dist/, built by `npm ci` / `npm run build`): plain node, no TypeScript at run time.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('error: the CLI is not built yet: run "npm run build" (npm ci does it) and try again.\n');
  process.exit(1);
}
const { main, exitWhenFlushed } = await import(cli.href);
exitWhenFlushed(await main(process.argv.slice(2)));
