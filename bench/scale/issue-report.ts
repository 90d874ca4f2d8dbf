/**
 * The figures of the speed issue, each with min / median / max over the
 * repeated processes of one run: start-up work saved with the index, cold
 * start, lexical and hybrid latency on real-style questions, 1M clauses,
 * the CLI as a child process, the query model against real questions, and
 * the fair peer comparison.
 */
import { formatSize } from './chart.ts';
import { medianOf, num, runs, type Runs } from './results.ts';
import type { SizeResult } from './run-scale.ts';

/** "min / median / max" of the numbers, or — when there are none. */
export function spread(values: Array<number | undefined>, unit = ''): string {
  const xs = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (!xs.length) return '—';
  const median = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
  const r = (x: number) => (Math.round(x * 100) / 100).toLocaleString('en-US');
  return xs.length === 1 ? `${r(xs[0])}${unit} (1 run)` : `${r(xs[0])} / **${r(median)}** / ${r(xs.at(-1)!)}${unit}`;
}

const at = (rs: Runs, path: string) => rs.map((x) => num(x, path));
const list = (obj: unknown, path: string) => {
  let v: unknown = obj;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return Array.isArray(v) ? (v as number[]) : [];
};

/** One row per issue figure, one column per size (the seed first). */
export function issueTable(seed: Record<string, unknown>, results: SizeResult[]): string {
  const sizes = results.map((r) => formatSize(r.size));
  const row = (name: string, seedCell: string, cell: (r: SizeResult) => string) =>
    `| ${name} | ${seedCell} | ${results.map(cell).join(' | ')} |`;
  const seedRuns = (path: string) => spread(list(seed, path));
  const lines = [
    `| figure (min / **median** / max over runs) | seed (${num(seed, 'clauses') ?? '—'}) | ${sizes.join(' | ')} |`,
    `| --- | --- | ${sizes.map(() => '---').join(' | ')} |`,
    row('query tables at start, analysed again (ms)', seedRuns('start_parts.rebuild.query_tables_ms'), () => '—'),
    row('query tables at start, read analysed from the index (ms)', seedRuns('start_parts.saved.query_tables_ms'), () => '—'),
    row('BM25 at start, rebuilt by analysis (ms)', seedRuns('start_parts.rebuild.bm25_ms'), (r) => spread([num(r, 'lexical_build.ms')])),
    row('BM25 at start, read from lexical.bin (ms)', seedRuns('start_parts.saved.bm25_ms'), (r) =>
      spread(at(runs(r), 'cold_start.load_bm25_ms')),
    ),
    row('lexical.bin on disk (MB)', '—', (r) => spread([mbOf(num(r, 'lexical_saved.bytes'))])),
    row('cold start, saved index → first answer, lexical, in process (ms)', '—', (r) =>
      spread(at(runs(r), 'cold_start.lexical_to_first_answer_ms')),
    ),
    row('cold start, saved index → first answer, with the graph (ms)', '—', (r) =>
      spread(at(runs(r, true), 'cold_start.to_first_answer_ms')),
    ),
    row('… of which read clauses / BM25 / tables / answer pipeline / first answer / HNSW (median ms)', '—', (r) => coldParts(runs(r))),
    row('lexical retrieval p50, real-style (ms)', '—', (r) => spread(at(runs(r), 'lexical_ms.p50'))),
    row('lexical retrieval p95, real-style (ms)', '—', (r) => spread(at(runs(r), 'lexical_ms.p95'))),
    row('… the same, CPU time of the process (ms)', '—', (r) => spread(at(runs(r), 'lexical_cpu_ms.p95'))),
    row('hybrid p50 incl. query embedding, real-style (ms)', '—', (r) => spread(at(runs(r, true), 'hybrid_ms.p50'))),
    row('hybrid p95 incl. query embedding, real-style (ms)', '—', (r) => spread(at(runs(r, true), 'hybrid_ms.p95'))),
    row('… the same, CPU time of the process (ms)', '—', (r) => spread(at(runs(r, true), 'hybrid_cpu_ms.p95'))),
    row('hybrid p95 excl. query embedding (ms)', '—', (r) => spread(at(runs(r, true), 'hybrid_no_embed_ms.p95'))),
    row('BM25 alone p95: exhaustive / pruned, k=50 (ms)', '—', (r) => bm25Cell(r)),
    row('… pruned: share of postings walked; lookups per query; identical', '—', (r) => pruneCell(r)),
    row('peak RSS serving, lexical only (MB)', '—', (r) => spread(at(runs(r, false).length ? runs(r, false) : runs(r), 'rss_lexical_mb'))),
    row('peak RSS serving, with the HNSW graph (MB)', '—', (r) => spread(at(runs(r, true), 'peak_rss_mb'))),
    row('peak RSS, lexical build process (MB)', '—', (r) => spread([num(r, 'peak_rss_product_lexical_mb')])),
  ];
  return lines.join('\n');
}

const f = (x: number | undefined) => (x === undefined ? '—' : x.toLocaleString('en-US'));
const mbOf = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 1e5) / 10);

function coldParts(rs: Runs): string {
  if (!rs.length) return '—';
  const m = (path: string) => f(medianOf(at(rs, path)));
  const parts = ['read_clauses_ms', 'load_bm25_ms', 'load_query_tables_ms', 'answer_pipeline_ms', 'first_lexical_ask_ms', 'load_hnsw_ms'];
  return parts.map((p) => m(`cold_start.${p}`)).join(' / ');
}

function bm25Cell(r: SizeResult): string {
  return `${f(num(r, 'bm25.exhaustive_ms.p95'))} / ${f(num(r, 'bm25.pruned_ms.p95'))}`;
}

function pruneCell(r: SizeResult): string {
  const share = num(r, 'bm25.pruned_walks_share');
  if (share === undefined) return '—';
  const identical = (r.bm25 as { identical_rankings?: string } | undefined)?.identical_rankings ?? '—';
  return `${share}; ${f(num(r, 'bm25.pruned_lookups_per_query'))}; ${identical}`;
}

/** The CLI `ask` as a child process against `node -e 0`, the query model's distributions and the peer comparison. */
export function seedExtras(seed: Record<string, unknown>, results: SizeResult[]): string {
  const shape = (label: string, s: unknown) => {
    const p = (k: string) => `${num(s, `${k}.p10`)} / ${num(s, `${k}.p50`)} / ${num(s, `${k}.p90`)}`;
    return `| ${label} | ${p('postings_per_n')} | ${p('expanded_terms')} | ${num(s, 'n') ?? '—'} |`;
  };
  const shapes = [['seed', seed.query_shape] as const, ...results.map((r) => [formatSize(r.size), r.query_shape] as const)].flatMap(
    ([size, s]) =>
      s
        ? [
            shape(`${size}: real questions (tune + shared)`, (s as Record<string, unknown>).real_questions),
            shape(`${size}: real-style (benchmark)`, (s as Record<string, unknown>).real_style),
            shape(`${size}: bench-style (before)`, (s as Record<string, unknown>).bench_style_before),
          ]
        : [],
  );
  const cli = seed.cli_cold_start as { command?: string } | undefined;
  return [
    `CLI \`ask\` as a child process (\`${cli?.command ?? '—'}\`), wall time: ${spread(list(seed, 'cli_cold_start.cli_ms'), ' ms')};` +
      ` \`node -e 0\` in the same run: ${spread(list(seed, 'cli_cold_start.node_e0_ms'), ' ms')}.`,
    `Cold start in a fresh process to the first answer (lexical): ${spread(list(seed, 'cold_start_runs_ms.lexical'), ' ms')};` +
      ` hybrid (hash embedder): ${spread(list(seed, 'cold_start_runs_ms.hybrid_hash'), ' ms')}.`,
    '',
    '| questions | postings walked ÷ N, p10 / p50 / p90 | expanded terms, p10 / p50 / p90 | n |',
    '| --- | --- | --- | --- |',
    ...shapes,
    '',
    peerTable(seed, results),
  ].join('\n');
}

function peerTable(seed: Record<string, unknown>, results: SizeResult[]): string {
  const lat = (obj: unknown, path: string) =>
    num(obj, `${path}.p50`) === undefined ? '—' : `${num(obj, `${path}.p50`)} / ${num(obj, `${path}.p95`)}`;
  return [
    '| peer comparison (same analysis and expansion) | ours | MiniSearch 7.2 |',
    '| --- | --- | --- |',
    `| seed: gold in top 3, ${num(seed, 'peer.questions') ?? '—'} answerable real questions | ${f(num(seed, 'peer.ours_gold_at_3'))}` +
      ` | ${f(num(seed, 'peer.minisearch_gold_at_3'))} |`,
    `| seed: latency p50 / p95 (ms) | ${lat(seed, 'peer.ours_ms')} | ${lat(seed, 'peer.minisearch_ms')} |`,
    ...results
      .filter((r) => r.minisearch)
      .map(
        (r) =>
          `| ${formatSize(r.size)}: latency p50 / p95, real-style (ms); top-10 overlap ${f(num(r, 'minisearch.top10_overlap'))}` +
          ` | ${lat(r, 'minisearch.ours_ms')} | ${lat(r, 'minisearch.minisearch_ms')} |`,
      ),
  ].join('\n');
}
