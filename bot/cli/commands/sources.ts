import type { Command } from 'commander';
import { LEXICON_PATH } from '../../../retrieval/open-assistant.ts';
import { describeFunctionWords } from '../../../retrieval/query/function-words.ts';
import { Lexicon } from '../../../retrieval/query/lexicon.ts';
import { globalsOf, type RegisterCommand } from '../cli-context.ts';
import { formatLexicon, formatSources } from '../format.ts';

/** `iotsec sources [--flagged | --lexicon]`: the indexed documents, the clauses set aside as planted instructions, or the word tables. */
export const registerSources: RegisterCommand = (program, ctx) => {
  program
    .command('sources')
    .description('indexed documents and their clause counts')
    .option('--json', 'print JSON')
    .option('--flagged', 'list the clauses flagged as planted instructions (never used as evidence), with the reason')
    .option('--lexicon', 'the general lexicon the questions are expanded through: size and sources')
    .action(async (opts: { json?: boolean; flagged?: boolean; lexicon?: boolean }, cmd: Command) => {
      if (opts.lexicon) {
        const lexicon = { ...Lexicon.fromFile(LEXICON_PATH).describe(), functionWords: describeFunctionWords() };
        return ctx.print(opts.json ? JSON.stringify(lexicon, null, 2) : formatLexicon(lexicon));
      }
      const assistant = await ctx.open(globalsOf(cmd));
      if (opts.flagged) {
        const flagged = assistant.flagged();
        if (opts.json) return ctx.print(JSON.stringify(flagged, null, 2));
        return ctx.print(
          flagged.length ? flagged.map((f) => `${f.label} — ${f.document}\n    ${f.reason}`).join('\n') : 'No flagged clauses.',
        );
      }
      const sources = assistant.sources();
      ctx.print(opts.json ? JSON.stringify(sources, null, 2) : formatSources(sources));
    });
};
