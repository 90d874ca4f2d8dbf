import type { Command } from 'commander';
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';
import { globalsOf, llmOption, type RegisterCommand } from '../cli-context.ts';
import { readStdin, verifyDrafts } from './verify-drafts.ts';

/** `iotsec verify [--json] [--llm]`: a draft on stdin checked sentence by sentence against the clauses it cites. */
export const registerVerify: RegisterCommand = (program, ctx) => {
  program
    .command('verify')
    .description("check a draft's sentences against the clauses they cite (stdin); exit 0 only when all pass")
    .option('--json', 'stdin: one {"text": "… [1]", "sources": ["clause-id"]} per line; stdout: one report per line')
    .option('--llm', 'also ask the configured model whether each clause entails its sentence')
    .action(async (opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await ctx.open(globalsOf(cmd));
      const { out, ok } = await verifyDrafts(assistant, await readStdin(), { ...opts, llm: llmOption(assistant, opts.llm) });
      ctx.print(out);
      if (!ok) throw new CodedError(ErrorCode.ClauseNotFound, 'Some sentences are not supported by the clauses they cite (see above).');
    });
};
