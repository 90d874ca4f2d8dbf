/**
 * The terminal adapter: `ask`, `summary`, `mandate`, `verify`, `index`,
 * `sources`, `show`, `eval`, `votes`, `models`, one file each under commands/. Commander parses
 * arguments (typed options, help, unknown-flag errors); every failure ends
 * as one line on stderr and a non-zero exit.
 */
import { Command, CommanderError, Option } from 'commander';
import { asCodedError } from '../../retrieval/errors.ts';
import { loadBotConfig } from '../config.ts';
import { processContext, type CliContext } from './cli-context.ts';
import { registerAsk } from './commands/ask.ts';
import { registerEval } from './commands/eval.ts';
import { registerIndex } from './commands/index.ts';
import { registerMandate } from './commands/mandate.ts';
import { registerShow } from './commands/show.ts';
import { registerSources } from './commands/sources.ts';
import { registerSummary } from './commands/summary.ts';
import { registerModels } from './commands/models.ts';
import { registerVerify } from './commands/verify.ts';
import { registerVotes } from './commands/votes.ts';

const COMMANDS = [
  registerAsk,
  registerSummary,
  registerMandate,
  registerVerify,
  registerIndex,
  registerSources,
  registerShow,
  registerEval,
  registerVotes,
  registerModels,
];

/** The `iotsec` program with its global options and every command, over `ctx`. */
export function buildProgram(ctx: CliContext = processContext): Command {
  const program = new Command('iotsec')
    .description('Clause-cited answers about the JCG-IoTSec mandate and the ITU documents behind it.')
    .option('--corpus <dir>', 'folder of documents to index (default: ./corpus)')
    .option('--index <dir>', 'folder of the saved index (default: ./.index)')
    .addOption(
      new Option('--embeddings <mode>', 'dense retrieval: auto (model if it loads), off, hash (test embedder)').choices([
        'auto',
        'off',
        'hash',
      ]),
    )
    .showSuggestionAfterError(true)
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI on `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], ctx: CliContext = processContext): Promise<number> {
  const program = buildProgram(ctx);
  program.configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n')[0] + '\n') });
  try {
    // The bot's IOTSEC_* names are known to the core's check from here on (bot/config.ts declares them).
    loadBotConfig();
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`error: ${asCodedError(error).message.split('\n', 1)[0]}\n`);
    return 1;
  }
}

/**
 * Exits with `code` once everything written to stdout and stderr has gone out. On a pipe ("… --json | jq") writes are
 * asynchronous, and `process.exit` right after a long answer dropped all but its first 64 KB.
 */
export function exitWhenFlushed(code: number): void {
  let open = 2;
  const flushed = () => (open -= 1) === 0 && process.exit(code);
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bot/cli/main.ts')) {
  main(process.argv.slice(2)).then(exitWhenFlushed);
}
