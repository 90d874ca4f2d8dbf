/**
 * The terminal adapter: `ask`, `index`, `sources`, `show`, `eval`, `votes`.
 * Commander parses arguments (typed options, help, unknown-flag errors);
 * every failure ends as one line on stderr and a non-zero exit.
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { FeedbackStore } from '../feedback-store.ts';
import { asCodedError, CodedError, ErrorCode } from '../../retrieval/errors.ts';
import type { Assistant } from '../../retrieval/assistant.ts';
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { loadCoreConfig } from '../../retrieval/config.ts';
import { computeMetrics, GoldQuestion } from '../../retrieval/eval/gold-metrics.ts';
import { createProgress } from './progress.ts';
import { formatAnswer, formatSources } from './format.ts';
import { readStdin, verifyDrafts } from './verify-command.ts';

interface Globals {
  corpus?: string;
  index?: string;
  embeddings?: 'auto' | 'off' | 'hash';
}

/** `--llm` asks for the configured model; without one that is an error, not a silent fallback. */
function llmOption(assistant: Assistant, wanted?: boolean): boolean {
  if (wanted && !assistant.capabilities.model) {
    throw new CodedError(ErrorCode.ConfigInvalid, '--llm needs a model: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (Azure, Ollama, vLLM, llama.cpp), and IOTSEC_LLM_MODEL.');
  }
  return Boolean(wanted);
}

async function open(globals: Globals, rebuild?: boolean): Promise<Assistant> {
  const progress = createProgress();
  try {
    const assistant = await openAssistant({
      corpusDir: globals.corpus,
      indexDir: globals.index,
      embeddings: globals.embeddings,
      rebuild,
      onProgress: progress.update,
      onModelProgress: progress.model,
    });
    progress.stop();
    for (const notice of assistant.notices) process.stderr.write(`note: ${notice}\n`);
    return assistant;
  } finally {
    progress.stop();
  }
}

function resolveGlobals(cmd: Command): Globals {
  const o = cmd.optsWithGlobals<Globals>();
  return { corpus: o.corpus, index: o.index, embeddings: o.embeddings };
}

export function buildProgram(): Command {
  const program = new Command('iotsec')
    .description('Clause-cited answers about the JCG-IoTSec mandate and the ITU documents behind it.')
    .option('--corpus <dir>', 'folder of documents to index (default: ./corpus)')
    .option('--index <dir>', 'folder of the saved index (default: ./.index)')
    .addOption(new Option('--embeddings <mode>', 'dense retrieval: auto (model if it loads), off, hash (test embedder)').choices(['auto', 'off', 'hash']))
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .command('ask')
    .description('answer a question with clause citations, or say the documents do not answer it')
    .argument('<question...>', 'the question, in English or French')
    .option('--json', 'print {question, answer, abstained, citations}')
    .option('--llm', 'write the answer with the configured OpenAI-compatible model (verified, extractive fallback)')
    .action(async (words: string[], opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd));
      const llm = llmOption(assistant, opts.llm);
      const stream = llm && !opts.json && process.stdout.isTTY;
      const answer = await assistant.ask(words.join(' '), { llm, onPartial: stream ? (t) => process.stderr.write(`\r${t.slice(-70).replace(/\n/g, ' ')}`) : undefined });
      if (stream) process.stderr.write('\r\x1b[K');
      if (opts.json) {
        const { question, answer: text, abstained, citations } = answer;
        print(JSON.stringify({ question, answer: text, abstained, citations: citations.map(({ id, document, label, text: t, score }) => ({ id, document, label, text: t, score })) }, null, 2));
      } else print(formatAnswer(answer));
    });

  program
    .command('summary')
    .description('a cited brief of a document (id or short name) or of a topic')
    .argument('[topic...]', 'document or topic')
    .option('--json', 'print JSON')
    .option('--llm', 'write the brief with the configured model')
    .action(async (words: string[], opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd));
      const answer = await assistant.summary(words.join(' '), { llm: llmOption(assistant, opts.llm) });
      print(opts.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
    });

  program
    .command('mandate')
    .description('what JCG-IoTSec is for, its objectives, methods, convenors and dates, every point cited')
    .option('--lang <lang>', 'en or fr', 'en')
    .option('--json', 'print JSON')
    .option('--llm', 'write it with the configured model')
    .action(async (opts: { json?: boolean; lang: string; llm?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd));
      const answer = await assistant.mandate({ lang: opts.lang === 'fr' ? 'fr' : 'en', llm: llmOption(assistant, opts.llm) });
      print(opts.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
    });

  program
    .command('index')
    .description('build or update the index (only changed documents are parsed again)')
    .option('--rebuild', 'parse and embed everything again (running readers keep answering)')
    .action(async (opts: { rebuild?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd), opts.rebuild);
      const sources = assistant.sources();
      print(`Indexed ${sources.reduce((n, s) => n + s.clauses, 0)} clauses from ${sources.length} documents${assistant.capabilities.dense ? ' (hybrid)' : ' (lexical only)'}.`);
    });

  program
    .command('sources')
    .description('indexed documents and their clause counts')
    .option('--json', 'print JSON')
    .option('--flagged', 'list the clauses flagged as planted instructions (never used as evidence), with the reason')
    .action(async (opts: { json?: boolean; flagged?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd));
      if (opts.flagged) {
        const flagged = assistant.flagged();
        if (opts.json) return print(JSON.stringify(flagged, null, 2));
        return print(flagged.length ? flagged.map((f) => `${f.label} — ${f.document}\n    ${f.reason}`).join('\n') : 'No flagged clauses.');
      }
      const sources = assistant.sources();
      print(opts.json ? JSON.stringify(sources, null, 2) : formatSources(sources));
    });

  program
    .command('show')
    .description('one clause: document, label and verbatim text')
    .argument('<clauseId>', 'e.g. wtsa-res-98:recalling:f')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const clause = (await open(resolveGlobals(cmd))).clause(id);
      if (!clause) throw new CodedError(ErrorCode.ClauseNotFound, `No clause "${id}". Clause ids appear in \`ask --json\` output.`);
      print(opts.json ? JSON.stringify(clause, null, 2) : `${clause.label}\n${clause.document}${clause.url ? ` <${clause.url}>` : ''}\n\n${clause.text}\n\n(characters ${clause.start}-${clause.end} of the source; id ${clause.id})`);
    });

  program
    .command('eval')
    .description('answer a gold question set through the same path as ask, and print the metrics')
    .requiredOption('--questions <file>', 'JSON list of gold questions')
    .option('--json', 'print each answer with its question id instead of the metrics')
    .option('--llm', 'answer through the configured model')
    .action(async (opts: { questions: string; json?: boolean; llm?: boolean }, cmd: Command) => {
      let questions: GoldQuestion[];
      try {
        questions = GoldQuestion.array().parse(JSON.parse(await readFile(opts.questions, 'utf8')));
      } catch (error) {
        throw new CodedError(ErrorCode.ConfigInvalid, `Cannot read gold questions from ${opts.questions}: ${asCodedError(error).message}`);
      }
      const assistant = await open(resolveGlobals(cmd));
      const llm = llmOption(assistant, opts.llm);
      const items = [];
      for (const q of questions) items.push({ q, a: await assistant.ask(q.question, { llm }) });
      if (opts.json) {
        print(JSON.stringify(items.map(({ q, a }) => ({ id: q.id, question: a.question, answer: a.answer, abstained: a.abstained, citations: a.citations.map(({ id, document, label, text, score }) => ({ id, document, label, text, score })) })), null, 2));
        return;
      }
      const m = computeMetrics(items);
      print(['| metric | value |', '| --- | --- |', ...Object.entries(m).map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
    });

  program
    .command('verify')
    .description("check a draft's sentences against the clauses they cite (stdin); exit 0 only when all pass")
    .option('--json', 'stdin: one {"text": "… [1]", "sources": ["clause-id"]} per line; stdout: one report per line')
    .option('--llm', 'also ask the configured model whether each clause entails its sentence')
    .action(async (opts: { json?: boolean; llm?: boolean }, cmd: Command) => {
      const assistant = await open(resolveGlobals(cmd));
      const { out, ok } = await verifyDrafts(assistant, await readStdin(), { ...opts, llm: llmOption(assistant, opts.llm) });
      print(out);
      if (!ok) throw new CodedError(ErrorCode.ClauseNotFound, 'Some sentences are not supported by the clauses they cite (see above).');
    });

  program
    .command('votes')
    .description('list the 👍/👎 votes stored by the chat adapters')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const votes = await new FeedbackStore(loadCoreConfig().feedbackFile).list();
      if (opts.json) return print(JSON.stringify(votes, null, 2));
      if (!votes.length) return print('No votes yet.');
      for (const v of votes) print(`${v.time}  ${v.vote === 'up' ? '👍' : '👎'}  [${v.platform}] ${v.question.slice(0, 80)}  (${v.citations.join(', ')})`);
    });

  return program;
}

function print(text: string): void {
  process.stdout.write(text + '\n');
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n')[0] + '\n') });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`error: ${asCodedError(error).message.split('\n', 1)[0]}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bot/cli/main.ts')) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
