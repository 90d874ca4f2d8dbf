/**
 * Renders a run's saved JSON (bench/results*.json, bench/results-scale*.json)
 * into bench/results*.md and the latency chart (SVG, plus PNG when a
 * converter is at hand). `npm run bench -- --report` re-renders without
 * measuring again.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { latencyChart } from './chart.ts';
import { issueTable, seedExtras } from './issue-report.ts';
import { checkTargets, scaleTable, seedTable, targetsTable } from './report.ts';
import { num } from './results.ts';
import type { SizeResult } from './run-scale.ts';

export async function writeReports(quick: boolean): Promise<string[]> {
  const suffix = quick ? '-quick' : '';
  const bench = join(REPO_ROOT, 'bench');
  const seed = JSON.parse(await readFile(join(bench, `results${suffix}.json`), 'utf8')) as Record<string, unknown>;
  const scale = JSON.parse(await readFile(join(bench, `results-scale${suffix}.json`), 'utf8')) as {
    sizes: SizeResult[];
    total_s: number;
    node: string;
    cpus: number;
    cpu: string;
    memory_gb: number;
    date: string;
  };
  const results = scale.sizes;
  const checks = checkTargets(seed, results);
  const chartFile = `latency${suffix}.svg`;
  await writeFile(join(bench, chartFile), chart(results));
  const png = await toPng(join(bench, chartFile));
  const markdown = [
    `# Benchmark results${quick ? ' (quick)' : ''}`,
    '',
    `${scale.date.slice(0, 10)}, Node ${scale.node}, ${scale.cpus} × ${scale.cpu}, ${scale.memory_gb} GB; whole run ${scale.total_s} s.`,
    '',
    '## Seed corpus',
    '',
    seedTable(seed),
    '',
    "## The speed issue's figures (real-style questions; repeated serving processes)",
    '',
    issueTable(seed, results),
    '',
    seedExtras(seed, results),
    '',
    '## Scaling (synthetic ITU-shaped clauses; **ref** rows are the references measured in the same run)',
    '',
    scaleTable(results),
    '',
    `![latency against corpus size](${chartFile})`,
    '',
    '## Targets',
    '',
    targetsTable(checks),
    '',
    ...results.flatMap((r) => r.errors.map((e) => `- ${r.size}: ${e}`)),
  ].join('\n');
  await writeFile(join(bench, `results${suffix}.md`), markdown + '\n');
  console.log('\n' + issueTable(seed, results) + '\n\n' + seedExtras(seed, results) + '\n\n' + targetsTable(checks));
  return [`bench/results${suffix}.md`, `bench/${chartFile}`, ...(png ? [png] : [])];
}

function chart(results: SizeResult[]): string {
  const series = (label: string, colour: string, path: string) => ({
    label,
    colour,
    points: results
      .map((r) => [r.size, num(r, `${path}.p50`), num(r, `${path}.p95`)] as const)
      .filter((p): p is readonly [number, number, number] => p[1] !== undefined && p[2] !== undefined)
      .map((p) => [p[0], p[1], p[2]] as [number, number, number]),
  });
  return latencyChart(
    'Retrieval latency against corpus size (2-core machine)',
    [
      series('hybrid + query embedding', '#d62728', 'serve.hybrid_ms'),
      series('hybrid, vector given', '#ff7f0e', 'serve.hybrid_no_embed_ms'),
      series('lexical, real-style', '#1f77b4', 'serve.lexical_ms'),
      series('dense (HNSW top-10)', '#2ca02c', 'dense_ms'),
    ],
    [
      { label: 'target: hybrid p95 ≤ 15 ms at 100k (with embedding)', ms: 15 },
      { label: 'target: lexical p95 ≤ 10 ms at 100k', ms: 10 },
    ],
  );
}

/**
 * PNG next to the SVG, for viewers without SVG support: sharp (already in
 * node_modules through @xenova/transformers, with librsvg inside), else
 * rsvg-convert or ImageMagick if installed. Optional: nothing is installed for it.
 */
async function toPng(svg: string): Promise<string | undefined> {
  const png = svg.replace(/\.svg$/, '.png');
  try {
    // sharp is not a direct dependency: loaded by name at run time, typed by hand.
    const sharp = (await import('sharp' as string)).default as (
      file: string,
      options: { density: number },
    ) => { png(): { toFile(path: string): Promise<unknown> } };
    await sharp(svg, { density: 144 }).png().toFile(png);
    return png.slice(REPO_ROOT.length + 1);
  } catch {
    // not available: try the command-line converters
  }
  for (const [cmd, args] of [
    ['rsvg-convert', ['-o', png, svg]],
    ['convert', ['-density', '144', svg, png]],
  ] as const) {
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
      return png.slice(REPO_ROOT.length + 1);
    } catch {
      // not installed or failed: try the next one
    }
  }
  return undefined;
}
