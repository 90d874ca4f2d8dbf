import type { Command } from 'commander';
import type { Assistant } from '../../retrieval/assistant.ts';
import { CodedError, ErrorCode } from '../../retrieval/errors.ts';
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { createProgress } from './progress.ts';

/** The options every command takes (`--corpus`, `--index`, `--embeddings`). */
export interface Globals {
  corpus?: string;
  index?: string;
  embeddings?: 'auto' | 'off' | 'hash';
}

/** What a command needs from the outside world; tests give their own. */
export interface CliContext {
  /** Opens the assistant for a command's global options, with progress bars and notices on stderr; `rebuild` parses everything again. */
  open(globals: Globals, options?: { rebuild?: boolean }): Promise<Assistant>;
  /** One piece of the product's output on stdout. */
  print(text: string): void;
  /** A note on stderr (stdout stays the product's output). */
  note(text: string): void;
}

/** Adds one command to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/** The global options as a command sees them. */
export function globalsOf(cmd: Command): Globals {
  const o = cmd.optsWithGlobals<Globals>();
  return { corpus: o.corpus, index: o.index, embeddings: o.embeddings };
}

/** `--llm` asks for the configured model; without one that is an error, not a silent fallback. */
export function llmOption(assistant: Assistant, wanted?: boolean): boolean {
  if (wanted && !assistant.capabilities.model) {
    throw new CodedError(
      ErrorCode.ConfigInvalid,
      '--llm needs a model: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (Azure, Ollama, vLLM, llama.cpp), and IOTSEC_LLM_MODEL.',
    );
  }
  return Boolean(wanted);
}

/** The real context: the assistant over the configured corpus, stdout and stderr. */
export const processContext: CliContext = {
  async open(globals, options = {}) {
    const progress = createProgress();
    try {
      const assistant = await openAssistant({
        corpusDir: globals.corpus,
        indexDir: globals.index,
        embeddings: globals.embeddings,
        rebuild: options.rebuild,
        onProgress: progress.update,
        onModelProgress: progress.model,
      });
      progress.stop();
      for (const notice of assistant.notices) process.stderr.write(`note: ${notice}\n`);
      return assistant;
    } finally {
      progress.stop();
    }
  },
  print: (text) => void process.stdout.write(text + '\n'),
  note: (text) => void process.stderr.write(`note: ${text}\n`),
};
