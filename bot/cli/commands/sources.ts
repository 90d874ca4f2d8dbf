import type { Command } from 'commander';
import { globalsOf, type RegisterCommand } from '../cli-context.ts';
import { formatSources } from '../format.ts';

/** `iotsec sources`: the indexed documents and their clause counts. */
export const registerSources: RegisterCommand = (program, ctx) => {
  program
    .command('sources')
    .description('indexed documents and their clause counts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const sources = (await ctx.open(globalsOf(cmd))).sources();
      ctx.print(opts.json ? JSON.stringify(sources, null, 2) : formatSources(sources));
    });
};
