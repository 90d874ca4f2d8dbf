import type { Command } from 'commander';
import { globalsOf, llmOption, type RegisterCommand } from '../cli-context.ts';
import { formatAnswer } from '../format.ts';

/** `iotsec mandate`: onboarding, what the group is for, every point cited. */
export const registerMandate: RegisterCommand = (program, ctx) => {
  program
    .command('mandate')
    .description('what JCG-IoTSec is for, its objectives, methods, convenors and dates, every point cited')
    .option('--lang <lang>', 'en or fr', 'en')
    .option('--json', 'print JSON')
    .option('--llm', 'write it with the configured model')
    .action(async (opts: { json?: boolean; lang: string; llm?: boolean }, cmd: Command) => {
      const assistant = await ctx.open(globalsOf(cmd));
      const answer = await assistant.mandate({ lang: opts.lang === 'fr' ? 'fr' : 'en', llm: llmOption(assistant, opts.llm) });
      ctx.print(opts.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
    });
};
