import type { Command } from 'commander';
import { globalsOf, type RegisterCommand } from '../cli-context.ts';

/** `iotsec index [--rebuild]`: build or update the saved index; only changed documents are parsed again. */
export const registerIndex: RegisterCommand = (program, ctx) => {
  program
    .command('index')
    .description('build or update the index (only changed documents are parsed again)')
    .option('--rebuild', 'parse and embed everything again (running readers keep answering)')
    .action(async (opts: { rebuild?: boolean }, cmd: Command) => {
      const assistant = await ctx.open(globalsOf(cmd), { rebuild: opts.rebuild });
      const sources = assistant.sources();
      const clauses = sources.reduce((n, s) => n + s.clauses, 0);
      ctx.print(
        `Indexed ${clauses} clauses from ${sources.length} documents${assistant.capabilities.dense ? ' (hybrid)' : ' (lexical only)'}.`,
      );
    });
};
