/**
 * The scaling benchmark: for each corpus size, a build child, a serving
 * child (cold start and hybrid latency) and, up to a size, a re-index child
 * on the product's own indexing path. Each step's JSON is merged per size; a
 * failed step (out of memory at 1M, say) is recorded and the run goes on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
  reindex: boolean;
  /** efConstruction override, only where the default build would not fit the run's time. */
  efc?: number;
  maxOldSpaceMb: number;
}

export type SizeResult = Record<string, unknown> & { size: number; plan: SizePlan; errors: string[]; wall_s: Record<string, number> };

export const QUICK_PLANS: SizePlan[] = [
  { size: 1_000, queries: 200, exactQueries: 100, split: false, lexical: true, minisearch: true, serve: true, reindex: true, maxOldSpaceMb: 2048 },
  { size: 10_000, queries: 200, exactQueries: 100, split: false, lexical: true, minisearch: true, serve: true, reindex: true, maxOldSpaceMb: 2048 },
];

export const FULL_PLANS: SizePlan[] = [
  ...QUICK_PLANS,
  { size: 100_000, queries: 200, exactQueries: 100, split: false, lexical: true, minisearch: true, serve: true, reindex: true, maxOldSpaceMb: 3072 },
  // 1M: the HNSW side only, and built with efConstruction 64: the default 200 runs at ~1,100 inserts/s
  // here (15+ minutes for 1M); clauses + BM25 grow ~10 MB per 1k clauses, so ~10 GB at 1M (see docs/bench.md).
  { size: 1_000_000, queries: 100, exactQueries: 20, split: true, lexical: false, minisearch: false, serve: false, reindex: false, efc: 64, maxOldSpaceMb: 3584 },
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
  const common = ['--size', String(plan.size), '--out', dir, '--queries', String(plan.queries), '--exact-queries', String(plan.exactQueries), '--minisearch', plan.minisearch ? 'on' : 'off'];
  const efc = plan.efc ? ['--efc', String(plan.efc)] : [];
  if (plan.split) {
    if (plan.lexical) await step('build_lexical', 'bench/scale/build-size.ts', [...common, '--parts', 'lexical'], join(dir, 'build-lexical.json'));
    await step('build_dense', 'bench/scale/build-size.ts', [...common, '--parts', 'dense', ...efc], join(dir, 'build-dense.json'));
  } else {
    await step('build', 'bench/scale/build-size.ts', [...common, '--parts', 'lexical,dense', ...efc], join(dir, 'build-lexical-dense.json'));
  }
  if (plan.serve && existsSync(join(dir, 'vectors.hnsw')) && existsSync(join(dir, 'clauses.json'))) {
    await step('serve', 'bench/scale/serve-size.ts', ['--dir', dir], join(dir, 'serve.json'), 'serve');
  }
  if (plan.reindex) {
    await step('reindex', 'bench/scale/reindex-size.ts', ['--size', String(plan.size), '--dir', join(dir, 'reindex')], join(dir, 'reindex', 'reindex.json'), 'reindex');
  }
  await rm(dir, { recursive: true, force: true });
  return result;
}
