import type { Command } from 'commander';
import { globalsOf, llmOption, type RegisterCommand } from '../cli-context.ts';
import { formatAnswer } from '../format.ts';

/** `iotsec summary [topic...]`: a cited brief of a document (id or short name) or of a topic. */
export const registerSummary: RegisterCommand = (program, ctx) => {
  program
    .command('summary')
    .description('a cited brief of a document (id or short name) or of a topic')
    .argument('[topic...]', 'document or topic')
    .option('--json', 'print JSON')
    .option('--llm', 'write the brief with the configured model')
    .action(async (words: string[], opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await ctx.open(globalsOf(cmd));
      const answer = await assistant.summary(words.join(' '), { llm: llmOption(assistant, opts.llm) });
      ctx.print(opts.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
    });
};
