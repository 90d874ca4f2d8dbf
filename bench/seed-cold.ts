/**
 * Child process of the seed benchmark: a fresh process opens the assistant
 * on an already saved index (`--index DIR --embeddings off|hash`) and asks
 * one question. performance.now() counts from process start, so the figure
 * includes node, tsx and module loading: what a user waits for on `ask`.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { openAssistant } from '../retrieval/open-assistant.ts';
import { readArgs, required } from './scale/cli-args.ts';
import { peakRssMb } from './scale/stats.ts';

const args = readArgs(process.argv.slice(2), ['index', 'embeddings', 'out']);
const embeddings = required(args, 'embeddings') === 'hash' ? 'hash' : 'off';
const imported = performance.now();
const assistant = await openAssistant({ indexDir: required(args, 'index'), embeddings });
const opened = performance.now();
const answer = await assistant.ask('Who are the co-convenors of JCG-IoTSec?');
const answered = performance.now();
await writeFile(
  required(args, 'out'),
  JSON.stringify({
    embeddings,
    process_start_to_first_answer_ms: Math.round(answered),
    imports_ms: Math.round(imported),
    open_saved_index_ms: Math.round(opened - imported),
    first_ask_ms: Math.round(answered - opened),
    cited: answer.citations.length,
    peak_rss_mb: peakRssMb(),
  }),
);
