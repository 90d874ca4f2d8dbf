import type { Command } from 'commander';
import { loadCoreConfig } from '../../../retrieval/config.ts';
import { removeDir } from '../../../retrieval/storage.ts';
import { globalsOf, type RegisterCommand } from '../cli-context.ts';

/** `iotsec index [--rebuild]`: build or update the saved index; only changed documents are parsed again. */
export const registerIndex: RegisterCommand = (program, ctx) => {
  program
    .command('index')
    .description('build or update the index (only changed documents are parsed again)')
    .option('--rebuild', 'delete the saved index first')
    .action(async (opts: { rebuild?: boolean }, cmd: Command) => {
      const globals = globalsOf(cmd);
      if (opts.rebuild) await removeDir(globals.index ?? loadCoreConfig().indexDir);
      const assistant = await ctx.open(globals);
      const sources = assistant.sources();
      const clauses = sources.reduce((n, s) => n + s.clauses, 0);
      ctx.print(
        `Indexed ${clauses} clauses from ${sources.length} documents${assistant.capabilities.dense ? ' (hybrid)' : ' (lexical only)'}.`,
      );
    });
};
