/**
 * Markdown tables of a benchmark run: the seed corpus, one column per
 * synthetic size with each figure beside its reference, and the issue's
 * targets with met / missed and by how much.
 */
import { formatSize } from './chart.ts';
import { medianOf, num, runs } from './results.ts';
import type { SizeResult } from './run-scale.ts';

function str(obj: unknown, path: string): string | undefined {
  let at: unknown = obj;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'string' ? at : undefined;
}

const f = (x: number | undefined, unit = '') => (x === undefined ? '—' : `${x.toLocaleString('en-US')}${unit}`);
const pct = (r: SizeResult, path: string) => {
  const p50 = num(r, `${path}.p50`);
  return p50 === undefined ? '—' : `${p50} / ${num(r, `${path}.p95`)} / ${num(r, `${path}.p99`)}`;
};
const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 1e5) / 10);

export function scaleTable(results: SizeResult[]): string {
  const rows: Array<[string, (r: SizeResult) => string]> = [
    ['documents (EN share)', (r) => `${f(num(r, 'documents'))} (${f(num(r, 'english_share'))})`],
    ['parse, real ITU parser (clauses/s)', (r) => f(num(r, 'parse.per_s'))],
    ['lexical build: analysis + BM25 (ms)', (r) => f(num(r, 'lexical_build.ms'))],
    ['parse + ingest (clauses/s)', (r) => f(num(r, 'ingest_per_s'))],
    ['embedding, hash-embedder-384 (clauses/s)', (r) => f(num(r, 'embedding.per_s'))],
    ['HNSW build, M=16 (ms; efConstruction)', (r) => `${f(num(r, 'hnsw_build.ms'))} (efC ${f(num(r, 'hnsw_build.efConstruction'))})`],
    ['lexical retrieve, build process, real-style p50 / p95 / p99 (ms)', (r) => pct(r, 'lexical_ms')],
    ['dense HNSW top-10 p50 / p95 / p99 (ms)', (r) => pct(r, 'dense_ms')],
    ['hybrid incl. query embedding p50 / p95 / p99 (ms)', (r) => pct(r, 'serve.hybrid_ms')],
    ['hybrid excl. query embedding p50 / p95 / p99 (ms)', (r) => pct(r, 'serve.hybrid_no_embed_ms')],
    [
      'full ask (retrieve + answer) p50 / p95 (ms)',
      (r) => (num(r, 'serve.ask_ms.p50') === undefined ? '—' : `${num(r, 'serve.ask_ms.p50')} / ${num(r, 'serve.ask_ms.p95')}`),
    ],
    ['**ref** HNSW recall@10 vs ExactIndex (queries)', (r) => `${f(num(r, 'exact.recall_at_10'))} (${f(num(r, 'exact.queries'))})`],
    ['**ref** ExactIndex / HNSW mean latency (ms)', (r) => `${f(num(r, 'exact.exact_ms.mean'))} / ${f(num(r, 'exact.hnsw_ms.mean'))}`],
    ['**ref** HNSW speed-up over exact scan', (r) => f(num(r, 'exact.speed_ratio_mean'), '×')],
    [
      '**ref** ours (retrieval) / MiniSearch (expansion + search) p50 (ms)',
      (r) => `${f(num(r, 'minisearch.ours_ms.p50'))} / ${f(num(r, 'minisearch.minisearch_ms.p50'))}`,
    ],
    [
      '**ref** our speed-up over MiniSearch (p50; mean)',
      (r) => `${f(num(r, 'minisearch.speed_ratio_p50'), '×')}; ${f(num(r, 'minisearch.speed_ratio_mean'), '×')}`,
    ],
    ['**ref** top-10 overlap with MiniSearch', (r) => f(num(r, 'minisearch.top10_overlap'))],
    [
      '**ref** build: ours (analysis+BM25) / MiniSearch (analysis+index) (ms)',
      (r) => `${f(num(r, 'lexical_build.ms'))} / ${f(num(r, 'minisearch.build_ms'))}`,
    ],
    ['peak RSS, serving process (MB)', (r) => f(num(r, 'serve.peak_rss_mb'))],
    [
      'peak RSS, build process(es) incl. references (MB)',
      (r) =>
        [num(r, 'peak_rss_build_mb'), num(r, 'peak_rss_build_lexical_mb'), num(r, 'peak_rss_build_dense_mb')]
          .filter((x) => x !== undefined)
          .map((x) => f(x))
          .join(' + ') || '—',
    ],
    [
      'index on disk: clauses / HNSW / vector cache (MB)',
      (r) => `${f(mb(num(r, 'clauses_bytes')))} / ${f(mb(num(r, 'hnsw_bytes')))} / ${f(mb(num(r, 'vector_cache_bytes')))}`,
    ],
    ['cold start → first answer (ms): read / HNSW / BM25 read / ask', (r) => coldCell(r)],
    [
      'product openIndex full build, hash-384 (ms; clauses/s)',
      (r) =>
        num(r, 'reindex.full_build.ms') === undefined
          ? '—'
          : `${f(num(r, 'reindex.full_build.ms'))}; ${f(num(r, 'reindex.full_build.per_s'))}`,
    ],
    ['re-index one changed document (ms)', (r) => f(num(r, 'reindex.one_changed_document.ms'))],
    ['… re-parsed docs / re-embedded clauses / its clauses', (r) => reindexProof(r.reindex)],
  ];
  const head = `| figure | ${results.map((r) => formatSize(r.size)).join(' | ')} |\n| --- | ${results.map(() => '---').join(' | ')} |`;
  return [head, ...rows.map(([name, cell]) => `| ${name} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

function coldCell(r: SizeResult): string {
  const total = num(r, 'serve.cold_start.to_first_answer_ms');
  if (total === undefined) return '—';
  const parts = ['read_clauses_ms', 'load_hnsw_ms', 'load_bm25_ms', 'first_ask_ms'].map((p) => f(num(r, `serve.cold_start.${p}`)));
  return `**${f(total)}**: ${parts.join(' / ')}`;
}

function reindexProof(reindex: unknown): string {
  const change = (
    reindex as
      { one_changed_document?: { reparsed: string[]; embedded: number; document_clauses: number; only_its_clauses: boolean } } | undefined
  )?.one_changed_document;
  if (!change) return '—';
  return `${change.reparsed.length} / ${change.embedded} / ${change.document_clauses} ${change.only_its_clauses ? '✓' : '✗'}`;
}

export function seedTable(seed: Record<string, unknown>): string {
  const fresh = (path: string) => num(seed, `cold_start_fresh_process.${path}`);
  const ms = (n: number | undefined) => f(n, ' ms');
  const lines = [
    '| figure | value |',
    '| --- | --- |',
    `| mode | ${str(seed, 'mode')} |`,
    `| clauses | ${f(num(seed, 'clauses'))} |`,
    `| index build (parse + lexical) | ${f(num(seed, 'index_build_ms'), ' ms')} |`,
    `| cold start in process, saved index → first answer | ${f(num(seed, 'cold_start_to_first_answer_ms'), ' ms')} |`,
    `| cold start, fresh process (node + tsx + imports + open + ask), lexical | ${ms(fresh('lexical.process_start_to_first_answer_ms'))} ` +
      `(imports ${ms(fresh('lexical.imports_ms'))}, open ${ms(fresh('lexical.open_saved_index_ms'))}) |`,
    `| cold start, fresh process, hybrid (HashEmbedder + saved HNSW) | ${ms(fresh('hybrid_hash.process_start_to_first_answer_ms'))} |`,
    `| warm ask p50 / p95 / p99 (n=${f(num(seed, 'warm_ask_ms.n'))}) | ` +
      `${num(seed, 'warm_ask_ms.p50')} / ${num(seed, 'warm_ask_ms.p95')} / ${num(seed, 'warm_ask_ms.p99')} ms |`,
  ];
  for (const e of (seed.embedding as Array<Record<string, unknown>> | undefined) ?? []) {
    lines.push(
      `| embedding throughput, ${e.model} | ` +
        `${e.per_s === undefined ? 'not measured (no model on this machine)' : `${f(e.per_s as number)} clauses/s`} |`,
    );
  }
  lines.push(
    `| re-index one changed document (${str(seed, 'reindex.one_changed_document.document')}) | ` +
      `${f(num(seed, 'reindex.one_changed_document.ms'), ' ms')}; re-parsed / re-embedded / its clauses: ${reindexProof(seed.reindex)} |`,
  );
  return lines.join('\n');
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
  margin: string;
}

/** The speed issue's targets against one run (medians over its repeated serving processes), plus recall and re-indexing. */
export function checkTargets(seed: Record<string, unknown>, results: SizeResult[]): TargetCheck[] {
  const bySize = (n: number) => results.find((r) => r.size === n);
  const out: TargetCheck[] = [];
  const limit = (target: string, value: number | undefined, max: number, unit: string) => {
    out.push({
      target,
      measured: value === undefined ? 'not measured' : `${Math.round(value * 100) / 100}${unit} (median)`,
      met: value === undefined ? undefined : value <= max,
      margin: marginOf(value, max, unit),
    });
  };
  const med = (r: SizeResult | undefined, path: string, dense?: boolean) => medianOf(runs(r, dense).map((x) => num(x, path)));
  const parts = seed.start_parts as Record<'saved' | 'rebuild', { query_tables_ms?: number[] } | undefined> | undefined;
  const analysed = medianOf(parts?.rebuild?.query_tables_ms ?? []);
  const tables = medianOf(parts?.saved?.query_tables_ms ?? []);
  out.push({
    target: 'glossary loaded analysed from the saved index (seed, fresh process)',
    measured: tables === undefined ? 'not measured' : `${tables} ms read vs ${analysed} ms analysed (all query tables)`,
    met: tables === undefined ? undefined : tables < (analysed ?? Infinity),
    margin: '',
  });
  const at100k = bySize(100_000);
  const cold = med(at100k, 'cold_start.lexical_to_first_answer_ms') ?? med(at100k, 'cold_start.to_first_answer_ms');
  limit('cold start at 100k ≤ 2 s (saved index → first answer, lexical, BM25 read from lexical.bin)', cold, 2000, ' ms');
  limit('lexical retrieval p95 ≤ 10 ms at 100k, real-style questions, with the glossary', med(at100k, 'lexical_ms.p95'), 10, ' ms');
  limit('hybrid p95 ≤ 15 ms at 100k incl. query embedding, real-style questions', med(at100k, 'hybrid_ms.p95', true), 15, ' ms');
  const million = bySize(1_000_000);
  limit('1M: peak RSS ≤ 3 GB, serving lexical only', med(million, 'peak_rss_mb', false), 3072, ' MB');
  limit('1M: peak RSS ≤ 3 GB, serving with the HNSW graph', med(million, 'peak_rss_mb', true), 3072, ' MB');
  limit('1M: lexical p95 ≤ 30 ms', med(million, 'lexical_ms.p95'), 30, ' ms');
  limit('1M: hybrid p95 ≤ 30 ms incl. query embedding', med(million, 'hybrid_ms.p95', true), 30, ' ms');
  const recalls = results.map((r) => [r.size, num(r, 'exact.recall_at_10')] as const).filter(([, v]) => v !== undefined);
  const worst = recalls.reduce((m, [, v]) => Math.min(m, v!), 1);
  out.push({
    target: 'HNSW recall@10 ≥ 0.95 vs exact',
    measured: recalls.map(([s, v]) => `${formatSize(s)}: ${v}`).join(', '),
    met: recalls.length ? worst >= 0.95 : undefined,
    margin: !recalls.length ? '' : `lowest ${worst}${worst >= 0.95 ? '' : `, missed by ${Math.round((0.95 - worst) * 1000) / 1000}`}`,
  });
  type Proof = { one_changed_document: { only_its_clauses: boolean } };
  const proofs = [seed.reindex, ...results.map((r) => r.reindex)].filter(Boolean) as Proof[];
  out.push({
    target: 're-index of one changed document touches only its clauses',
    measured: `${proofs.filter((p) => p.one_changed_document.only_its_clauses).length} of ${proofs.length} runs`,
    met: proofs.length ? proofs.every((p) => p.one_changed_document.only_its_clauses) : undefined,
    margin: '',
  });
  return out;
}

function marginOf(value: number | undefined, max: number, unit: string): string {
  if (value === undefined) return '';
  const r = (x: number) => Math.round(x * 100) / 100;
  if (value <= max) return `${r(max - value)}${unit} to spare`;
  return `missed by ${r(value - max)}${unit} (×${Math.round((value / max) * 10) / 10})`;
}

export function targetsTable(checks: TargetCheck[]): string {
  const met = (c: TargetCheck) => (c.met === undefined ? '—' : c.met ? 'yes' : '**no**');
  const rows = checks.map((c) => `| ${c.target} | ${c.measured} | ${met(c)} | ${c.margin} |`);
  return ['| target | measured | met | margin |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
