#!/usr/bin/env node
// Package bin: runs the TypeScript CLI through tsx's loader, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bot/cli/main.ts');
process.exit(await main(process.argv.slice(2)));
