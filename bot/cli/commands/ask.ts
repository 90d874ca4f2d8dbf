import type { Command } from 'commander';
import type { Answer } from '../../../retrieval/types.ts';
import { globalsOf, llmOption, type RegisterCommand } from '../cli-context.ts';
import { formatAnswer } from '../format.ts';

/** The `--json` shape of an answer: question, text, abstention and the cited clauses verbatim. */
export function answerJson(answer: Answer) {
  const { question, answer: text, abstained, citations } = answer;
  return {
    question,
    answer: text,
    abstained,
    citations: citations.map(({ id, document, label, text: t, score }) => ({ id, document, label, text: t, score })),
  };
}

/** `iotsec ask <question...>`: a cited answer, or the plain statement that the documents do not answer. */
export const registerAsk: RegisterCommand = (program, ctx) => {
  program
    .command('ask')
    .description('answer a question with clause citations, or say the documents do not answer it')
    .argument('<question...>', 'the question, in English, French or Spanish')
    .option('--json', 'print {question, answer, abstained, citations}')
    .option('--llm', 'write the answer with the configured OpenAI-compatible model (verified, extractive fallback)')
    .action(async (words: string[], opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await ctx.open(globalsOf(cmd));
      const llm = llmOption(assistant, opts.llm);
      // A streamed model answer shows on the terminal as it is written; never in --json or a pipe.
      const stream = llm && !opts.json && process.stdout.isTTY;
      const onPartial = stream ? (t: string) => process.stderr.write(`\r${t.slice(-70).replace(/\n/g, ' ')}`) : undefined;
      const answer = await assistant.ask(words.join(' '), { llm, onPartial });
      if (stream) process.stderr.write('\r\x1b[K');
      ctx.print(opts.json ? JSON.stringify(answerJson(answer), null, 2) : formatAnswer(answer));
    });
};
