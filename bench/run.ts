/**
 * `npm run bench`: the seed-corpus benchmark (warm `ask` latency, cold start
 * from a saved index, re-indexing, embedding throughput), then the scaling
 * benchmark on synthetic corpora of 1k, 10k, 100k and 1M clauses, each size
 * in its own processes. `--quick`: the seed benchmark with fewer rounds and
 * only 1k and 10k (under two minutes). `--sizes 1000000`: re-measure some of
 * the full run's sizes, merged into the saved results (seed figures kept). `--report`: re-render the markdown and chart from the
 * saved JSON without measuring.
 *
 * Writes bench/results.json (seed figures, the earlier keys plus new ones),
 * bench/results-scale.json, bench/results.md and bench/latency.svg (and
 * .png); `--quick` writes the *-quick variants. Timings are measured here,
 * never asserted in tests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../retrieval/config.ts';
import { checkTargets, seedTable } from './scale/report.ts';
import { FULL_PLANS, QUICK_PLANS, scaleBenchmark, type SizeResult } from './scale/run-scale.ts';
import { writeReports } from './scale/write-reports.ts';
import { seedBenchmark } from './seed.ts';

const argv = process.argv.slice(2);
const unknown = argv.filter((a, i) => !['--quick', '--sizes', '--report'].includes(a) && argv[i - 1] !== '--sizes');
if (unknown.length) {
  console.error(`Unknown argument ${unknown[0]}: use --quick, --sizes 1000,10000 or --report.`);
  process.exit(2);
}
const quick = argv.includes('--quick');
const sizesArg = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1]?.split(',').map(Number) : undefined;
const plans = sizesArg ? FULL_PLANS.filter((p) => sizesArg.includes(p.size)) : quick ? QUICK_PLANS : FULL_PLANS;
const suffix = quick ? '-quick' : '';
const bench = join(REPO_ROOT, 'bench');

async function main(): Promise<void> {
  if (argv.includes('--report')) {
    console.log(`Wrote ${(await writeReports(quick)).join(', ')}.`);
    return;
  }
  const started = performance.now();
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
  };
  // --sizes re-measures some sizes of a saved full run: the seed figures and the other sizes are kept.
  const previous = sizesArg ? await readSaved() : undefined;
  let seed: Record<string, unknown>;
  if (previous) seed = previous.seed;
  else {
    console.log(`Seed corpus${quick ? ' (quick)' : ''}…`);
    seed = await seedBenchmark(quick);
    await writeFile(
      join(bench, `results${suffix}.json`),
      JSON.stringify({ date: new Date().toISOString(), ...machine, ...seed }, null, 2) + '\n',
    );
  }
  console.log(seedTable(seed));

  console.log(`\nScaling: ${plans.map((p) => p.size).join(', ')} clauses…`);
  const measured = await scaleBenchmark(plans, (line) => console.log(line));
  const results = [...(previous?.sizes ?? []).filter((r) => !measured.some((m) => m.size === r.size)), ...measured].sort(
    (a, b) => a.size - b.size,
  );
  const totalS = Math.round((performance.now() - started) / 1000) + (previous?.totalS ?? 0);
  const scale = { date: new Date().toISOString(), ...machine, total_s: totalS, targets: checkTargets(seed, results), sizes: results };
  await writeFile(join(bench, `results-scale${suffix}.json`), JSON.stringify(scale, null, 2) + '\n');
  const files = await writeReports(quick);
  console.log(`\nWrote bench/results${suffix}.json, bench/results-scale${suffix}.json, ${files.join(', ')} in ${totalS} s.`);
}

async function readSaved(): Promise<{ seed: Record<string, unknown>; sizes: SizeResult[]; totalS: number } | undefined> {
  try {
    const seed = JSON.parse(await readFile(join(bench, 'results.json'), 'utf8')) as Record<string, unknown>;
    const scale = JSON.parse(await readFile(join(bench, 'results-scale.json'), 'utf8')) as { sizes: SizeResult[]; total_s: number };
    return { seed, sizes: scale.sizes, totalS: scale.total_s };
  } catch {
    return undefined;
  }
}

await main();
