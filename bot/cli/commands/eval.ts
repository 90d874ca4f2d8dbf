import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { asCodedError, CodedError, ErrorCode } from '../../../retrieval/errors.ts';
import { computeMetrics, GoldQuestion } from '../../../retrieval/eval/gold-metrics.ts';
import { globalsOf, llmOption, type RegisterCommand } from '../cli-context.ts';
import { answerJson } from './ask.ts';

async function readQuestions(file: string): Promise<GoldQuestion[]> {
  try {
    return GoldQuestion.array().parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new CodedError(ErrorCode.ConfigInvalid, `Cannot read gold questions from ${file}: ${asCodedError(error).message}`);
  }
}

/** `iotsec eval --questions FILE`: a gold set through the same path as ask, then the metrics table (or each answer). */
export const registerEval: RegisterCommand = (program, ctx) => {
  program
    .command('eval')
    .description('answer a gold question set through the same path as ask, and print the metrics')
    .requiredOption('--questions <file>', 'JSON list of gold questions')
    .option('--json', 'print each answer with its question id instead of the metrics')
    .option('--llm', 'answer through the configured model')
    .action(async (opts: { questions: string; json?: boolean; llm?: boolean }, cmd: Command) => {
      const questions = await readQuestions(opts.questions);
      const assistant = await ctx.open(globalsOf(cmd));
      const llm = llmOption(assistant, opts.llm);
      const items = [];
      for (const q of questions) items.push({ q, a: await assistant.ask(q.question, { llm }) });
      if (opts.json) {
        ctx.print(
          JSON.stringify(
            items.map(({ q, a }) => ({ id: q.id, ...answerJson(a) })),
            null,
            2,
          ),
        );
        return;
      }
      const m = computeMetrics(items);
      ctx.print(['| metric | value |', '| --- | --- |', ...Object.entries(m).map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
    });
};
