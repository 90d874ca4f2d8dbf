/**
 * The scaling benchmark: for each corpus size, a build child, a serving
 * child (cold start and hybrid latency) and, up to a size, a re-index child
 * on the product's own indexing path. Each step's JSON is merged per size; a
 * failed step (out of memory at 1M, say) is recorded and the run goes on.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from './child.ts';

export interface SizePlan {
  size: number;
  queries: number;
  exactQueries: number;
  /** Lexical and dense builds in two processes. */
  split: boolean;
  /** Build the lexical side (and so serve hybrid): off at 1M, where clauses + BM25 alone extrapolate to ~10 GB. */
  lexical: boolean;
  minisearch: boolean;
  serve: boolean;
  /** Serving processes started one after the other (figures as min / median / max). */
  serveRuns: number;
  /** Serve with the HNSW graph too (hybrid); lexical-only runs are made either way. */
  serveDense: boolean;
  reindex: boolean;
  /** efConstruction override, only where the default build would not fit the run's time. */
  efc?: number;
  maxOldSpaceMb: number;
}

export type SizeResult = Record<string, unknown> & { size: number; plan: SizePlan; errors: string[]; wall_s: Record<string, number> };

const SMALL = { split: false, lexical: true, minisearch: true, serve: true, serveDense: true, reindex: true } as const;

export const QUICK_PLANS: SizePlan[] = [
  { ...SMALL, size: 1_000, queries: 200, exactQueries: 100, serveRuns: 3, maxOldSpaceMb: 2048 },
  { ...SMALL, size: 10_000, queries: 200, exactQueries: 100, serveRuns: 3, maxOldSpaceMb: 2048 },
];

export const FULL_PLANS: SizePlan[] = [
  ...QUICK_PLANS,
  { ...SMALL, size: 100_000, queries: 200, exactQueries: 100, serveRuns: 5, maxOldSpaceMb: 3072 },
  // 1M: lexical and dense built in two processes; the HNSW graph with efConstruction 64 (the default 200 runs at
  // ~1,100 inserts/s here, 15+ minutes for 1M). Served lexical-only three times, then once with the graph.
  {
    ...SMALL,
    size: 1_000_000,
    queries: 100,
    exactQueries: 20,
    split: true,
    minisearch: false,
    serveRuns: 3,
    reindex: false,
    efc: 64,
    maxOldSpaceMb: 3584,
  },
];

export async function scaleBenchmark(plans: SizePlan[], log: (line: string) => void): Promise<SizeResult[]> {
  const work = await mkdtemp(join(tmpdir(), 'iotsec-scale-'));
  const results: SizeResult[] = [];
  try {
    for (const plan of plans) results.push(await runSize(plan, work, log));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return results;
}

async function runSize(plan: SizePlan, work: string, log: (line: string) => void): Promise<SizeResult> {
  const dir = join(work, String(plan.size));
  const result: SizeResult = { size: plan.size, plan, errors: [], wall_s: {} };
  const step = async (name: string, script: string, args: string[], jsonFile: string, key?: string) => {
    log(`  ${plan.size}: ${name}…`);
    try {
      const ms = await runChild(script, args, plan.maxOldSpaceMb);
      result.wall_s[name] = Math.round(ms / 100) / 10;
      const data = JSON.parse(await readFile(jsonFile, 'utf8')) as Record<string, unknown>;
      if (key) result[key] = data;
      else {
        // Lexical and dense builds may be two processes: each keeps its own peak.
        const { peak_rss_mb: peak, ...rest } = data;
        Object.assign(result, rest, { size: plan.size, [`peak_rss_${name}_mb`]: peak });
      }
    } catch (error) {
      result.errors.push(`${name}: ${(error as Error).message}`);
      log(`  ${plan.size}: ${name} failed: ${(error as Error).message}`);
    }
  };
  const common = [
    '--size',
    String(plan.size),
    '--out',
    dir,
    '--queries',
    String(plan.queries),
    '--exact-queries',
    String(plan.exactQueries),
    '--minisearch',
    plan.minisearch ? 'on' : 'off',
  ];
  const efc = plan.efc ? ['--efc', String(plan.efc)] : [];
  if (plan.split) {
    if (plan.lexical)
      await step('build_lexical', 'bench/scale/build-size.ts', [...common, '--parts', 'lexical'], join(dir, 'build-lexical.json'));
    await step('build_dense', 'bench/scale/build-size.ts', [...common, '--parts', 'dense', ...efc], join(dir, 'build-dense.json'));
  } else {
    await step(
      'build',
      'bench/scale/build-size.ts',
      [...common, '--parts', 'lexical,dense', ...efc],
      join(dir, 'build-lexical-dense.json'),
    );
  }
  const saved = existsSync(join(dir, 'clauses.json')) || existsSync(join(dir, 'clauses.jsonl'));
  if (plan.serve && saved && existsSync(join(dir, 'lexical.bin'))) await serveRuns(plan, dir, result, log);
  if (plan.reindex) {
    await step(
      'reindex',
      'bench/scale/reindex-size.ts',
      ['--size', String(plan.size), '--dir', join(dir, 'reindex')],
      join(dir, 'reindex', 'reindex.json'),
      'reindex',
    );
  }
  await rm(dir, { recursive: true, force: true });
  return result;
}

/**
 * Serving processes on the saved index: `serveRuns` lexical-only at 1M (where the graph does not fit beside the
 * clauses in 3 GB) or hybrid below, then one hybrid run at 1M. Each run's JSON is kept; `serve` is the first.
 */
async function serveRuns(plan: SizePlan, dir: string, result: SizeResult, log: (line: string) => void): Promise<void> {
  const hybridAside = plan.size >= 1_000_000 && plan.serveDense && existsSync(join(dir, 'vectors.hnsw'));
  const first = hybridAside || !plan.serveDense ? 'off' : 'on';
  const modes = [...Array.from({ length: plan.serveRuns }, () => first), ...(hybridAside ? ['on'] : [])];
  const runs: Array<Record<string, unknown>> = [];
  for (const [i, mode] of modes.entries()) {
    log(`  ${plan.size}: serve ${i + 1}/${modes.length}${mode === 'off' ? ' (lexical only)' : ''}…`);
    try {
      await runChild('bench/scale/serve-size.ts', ['--dir', dir, '--dense', mode], plan.maxOldSpaceMb);
      const file = (await readdir(dir)).find((f) => /^serve-\d+\.json$/.test(f));
      if (!file) throw new Error('no serve-*.json written');
      runs.push({ dense: mode === 'on', ...(JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>) });
      await rm(join(dir, file));
    } catch (error) {
      result.errors.push(`serve ${i + 1}: ${(error as Error).message}`);
      log(`  ${plan.size}: serve ${i + 1} failed: ${(error as Error).message}`);
    }
  }
  result.serve_runs = runs;
  result.serve = runs.find((r) => r.dense) ?? runs[0];
}
