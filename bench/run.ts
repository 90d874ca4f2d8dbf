/**
 * `npm run bench`: latency of a warm `ask` on the seed corpus (the core's
 * figure), cold start from a saved index, and a full index build. Figures go
 * to stdout as a table and to bench/results.json. Timings are measured here,
 * never asserted in tests.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAssistant } from '../retrieval/engine.ts';

const QUESTIONS = [
  'Which SG handles IoT device-management security?',
  'Who are the co-convenors of JCG-IoTSec?',
  'Quelle est la date limite pour soumettre des contributions ?',
  'What are the objectives of the JCG-IoTSec?',
  'How many countries has ITU assisted with CIRT readiness assessments?',
  'What is the budget of the JCG-IoTSec for 2026?',
  'Quel rôle la CE 17 joue-t-elle en matière de cybersécurité ?',
  'What does Resolution 98 instruct the TSB Director to do?',
];

const quick = process.argv.includes('--quick');
const rounds = quick ? 10 : 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const indexDir = await mkdtemp(join(tmpdir(), 'iotsec-bench-'));
  const t0 = performance.now();
  const assistant = await openAssistant({ indexDir, embeddings: 'off' });
  const buildMs = performance.now() - t0;

  const t1 = performance.now();
  const reopened = await openAssistant({ indexDir, embeddings: 'off' });
  await reopened.ask(QUESTIONS[0]);
  const coldMs = performance.now() - t1;

  for (const q of QUESTIONS) await assistant.ask(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of QUESTIONS) {
      const s = performance.now();
      await assistant.ask(q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const clauses = assistant.sources().reduce((n, s) => n + s.clauses, 0);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    mode: assistant.retriever.dense ? 'hybrid' : 'lexical + glossary (no embedding model on this machine)',
    clauses,
    index_build_ms: Math.round(buildMs),
    cold_start_to_first_answer_ms: Math.round(coldMs),
    warm_ask_ms: { n: times.length, p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2), p99: +percentile(times, 99).toFixed(2) },
  };
  await writeFile(join('bench', quick ? 'results-quick.json' : 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`| figure | value |\n| --- | --- |`);
  console.log(`| mode | ${results.mode} |\n| clauses | ${clauses} |\n| index build (parse + lexical) | ${results.index_build_ms} ms |`);
  console.log(`| cold start, saved index → first answer | ${results.cold_start_to_first_answer_ms} ms |`);
  console.log(`| warm ask p50 / p95 / p99 (n=${times.length}) | ${results.warm_ask_ms.p50} / ${results.warm_ask_ms.p95} / ${results.warm_ask_ms.p99} ms |`);
  await rm(indexDir, { recursive: true, force: true });
}

await main();
