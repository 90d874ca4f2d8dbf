/**
 * The seed-corpus benchmark (the five ITU documents): index build, warm
 * `ask` latency, cold start from a saved index in a fresh process (lexical
 * and with the HashEmbedder's HNSW graph), embedding throughput on the real
 * clauses, and re-indexing after one document changes.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { loadCoreConfig, REPO_ROOT } from '../retrieval/config.ts';
import { openAssistant, openIndex } from '../retrieval/open-assistant.ts';
import { HashEmbedder } from '../retrieval/dense/hash-embedder.ts';
import { TransformersEmbedder } from '../retrieval/dense/transformers-embedder.ts';
import { runChild } from './scale/child.ts';
import { peerQuality } from './peer.ts';
import { queryShape, seedStages } from './query-model.ts';
import { makeQueries, SEED_QUESTIONS } from './scale/queries.ts';
import { loadRealQuestions, makeRealStyleQueries } from './scale/real-queries.ts';
import { loadSeedVocabulary } from './scale/seed-vocabulary.ts';
import { latency, perSecond, timed } from './scale/stats.ts';

export async function seedBenchmark(quick: boolean): Promise<Record<string, unknown>> {
  const rounds = quick ? 10 : 50;
  const work = await mkdtemp(join(tmpdir(), 'iotsec-bench-'));
  try {
    const indexDir = join(work, 'index');
    const t0 = performance.now();
    const assistant = await openAssistant({ indexDir, embeddings: 'off' });
    const buildMs = performance.now() - t0;

    const t1 = performance.now();
    const reopened = await openAssistant({ indexDir, embeddings: 'off' });
    await reopened.ask(SEED_QUESTIONS[0].text);
    const coldMs = performance.now() - t1;

    for (const q of SEED_QUESTIONS) await assistant.ask(q.text); // warm-up
    const times: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      for (const q of SEED_QUESTIONS) {
        const s = performance.now();
        await assistant.ask(q.text);
        times.push(performance.now() - s);
      }
    }
    const clauses = assistant.sources().reduce((n, s) => n + s.clauses, 0);

    // A saved index with the HashEmbedder's vectors and graph, for the hybrid cold start.
    const hashIndex = join(work, 'index-hash');
    await openAssistant({ indexDir: hashIndex, embeddings: 'hash' });
    const { cold, coldRuns } = await freshColdStarts(work, indexDir, hashIndex, quick ? 3 : 5);
    const startParts = await startPartRuns(work, indexDir, quick ? 3 : 5);
    const cli = await cliColdStart(indexDir, quick ? 3 : 5);
    const { peer, queryShapes } = await realQuestionFigures();
    return {
      mode: assistant.capabilities.dense ? 'hybrid' : 'lexical + glossary (no embedding model on this machine)',
      clauses,
      index_build_ms: Math.round(buildMs),
      cold_start_to_first_answer_ms: Math.round(coldMs),
      warm_ask_ms: latency(times),
      cold_start_fresh_process: cold,
      cold_start_runs_ms: coldRuns,
      start_parts: startParts,
      cli_cold_start: cli,
      peer,
      query_shape: queryShapes,
      embedding: await embeddingThroughput(quick),
      reindex: await reindexSeed(work),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Fresh processes opening the saved index and answering once, lexical and with the hash embedder's graph. */
async function freshColdStarts(work: string, indexDir: string, hashIndex: string, runs: number) {
  const cold: Record<string, unknown> = {};
  const coldRuns: Record<string, number[]> = { lexical: [], hybrid_hash: [] };
  for (let r = 0; r < runs; r += 1) {
    for (const [mode, dir] of [
      ['off', indexDir],
      ['hash', hashIndex],
    ] as const) {
      const out = join(work, `cold-${mode}.json`);
      await runChild('bench/seed-cold.ts', ['--index', dir, '--embeddings', mode, '--out', out]);
      const key = mode === 'off' ? 'lexical' : 'hybrid_hash';
      const data = JSON.parse(await readFile(out, 'utf8')) as { process_start_to_first_answer_ms: number };
      cold[key] ??= data;
      coldRuns[key].push(data.process_start_to_first_answer_ms);
    }
  }
  return { cold, coldRuns };
}

/** On the seed corpus: the peer comparison and the query model's distributions against the real questions. */
async function realQuestionFigures() {
  const stages = await seedStages();
  const real = loadRealQuestions();
  const peer = await peerQuality(stages, real);
  const langOf = (id: string) => stages.store.docs.get(id)?.language ?? 'fr';
  const queryShapes = {
    real_questions: await queryShape(stages, real),
    real_style: await queryShape(stages, makeRealStyleQueries(stages.store.clauses, real, 200)),
    bench_style_before: await queryShape(stages, makeQueries([...stages.store.clauses], langOf, 200)),
  };
  return { peer, queryShapes };
}

/** Query tables and BM25 at start-up, analysed again against read from the saved index, in fresh processes. */
async function startPartRuns(work: string, indexDir: string, runs: number): Promise<Record<string, Record<string, number[]>>> {
  const empty = () => ({ query_tables_ms: [] as number[], bm25_ms: [] as number[] });
  const out: Record<string, Record<string, number[]>> = { rebuild: empty(), saved: empty() };
  for (let r = 0; r < runs; r += 1) {
    for (const mode of ['rebuild', 'saved'] as const) {
      const file = join(work, `start-${mode}.json`);
      await runChild('bench/start-parts.ts', ['--index', indexDir, '--mode', mode, '--out', file]);
      const data = JSON.parse(await readFile(file, 'utf8')) as { query_tables_ms: number; bm25_ms: number };
      out[mode].query_tables_ms.push(Math.round(data.query_tables_ms));
      out[mode].bm25_ms.push(Math.round(data.bm25_ms * 10) / 10);
    }
  }
  return out;
}

/**
 * The CLI as a user starts it, `ask` in a child process, against `node -e 0` in the same run. The command is
 * IOTSEC_BENCH_CLI (default: node with the tsx loader on bot/cli/main.ts), so it can be switched to the compiled CLI.
 */
async function cliColdStart(indexDir: string, runs: number): Promise<Record<string, unknown>> {
  const command = (process.env.IOTSEC_BENCH_CLI ?? `${process.execPath} --import tsx bot/cli/main.ts`).split(' ');
  const ask = [...command, 'ask', '--index', indexDir, '--embeddings', 'off', SEED_QUESTIONS[1].text];
  const bare = [process.execPath, '-e', '0'];
  const cliMs: number[] = [];
  const nodeMs: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    cliMs.push(Math.round(await wallTime(ask)));
    nodeMs.push(Math.round(await wallTime(bare)));
  }
  return { command: command.join(' ').replace(process.execPath, 'node'), cli_ms: cliMs, node_e0_ms: nodeMs };
}

function wallTime([cmd, ...args]: string[]): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IOTSEC_')));
    execFile(cmd, args, { cwd: REPO_ROOT, env }, (error) => (error ? reject(error) : resolve(performance.now() - start)));
  });
}

/** Clauses per second on the seed's real clauses, fed as index-store.ts feeds them. */
async function embeddingThroughput(quick: boolean): Promise<Array<Record<string, unknown>>> {
  const { clauses } = await loadSeedVocabulary();
  const texts = clauses.map((c) => `${c.context.split('\n').slice(-2).join(' ')}\n${c.text}`);
  const out: Array<Record<string, unknown>> = [];
  for (const embedder of [new HashEmbedder(), new HashEmbedder(384)]) {
    const repeated = Array.from({ length: quick ? 2 : 10 }, () => texts).flat();
    await embedder.embed(texts.slice(0, 20));
    const { ms } = await timed(() => embedder.embed(repeated));
    out.push({ model: embedder.modelId, clauses: repeated.length, per_s: perSecond(repeated.length, ms) });
  }
  const config = loadCoreConfig({});
  if (!existsSync(join(config.localModelPath, config.modelId, 'config.json'))) {
    const notice = `No ${config.modelId} under ${config.localModelPath}: real-model embedding throughput not measured.`;
    console.log(notice);
    out.push({ model: config.modelId, skipped: notice });
    return out;
  }
  const model = await TransformersEmbedder.load({ modelId: config.modelId, localModelPath: config.localModelPath, allowRemote: false });
  const sample = texts.slice(0, quick ? 32 : texts.length);
  await model.embed(sample.slice(0, 4), 'passage');
  const { ms } = await timed(() => model.embed(sample, 'passage'));
  const query = await timed(() => model.embed([SEED_QUESTIONS[0].text], 'query'));
  out.push({ model: model.modelId, clauses: sample.length, per_s: perSecond(sample.length, ms), query_ms: Math.round(query.ms) });
  return out;
}

/** openIndex on a copy of the seed corpus; then one document gains a word and openIndex runs again. */
async function reindexSeed(work: string): Promise<Record<string, unknown>> {
  const corpusDir = join(work, 'corpus');
  const indexDir = join(work, 'index-reindex');
  await cp(loadCoreConfig({}).corpusDir, corpusDir, { recursive: true });
  const embedder = new HashEmbedder();
  const full = await timed(() => openIndex({ corpusDir, indexDir, embedder }));
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as {
    documents: Array<{ id: string; file: string }>;
  };
  const changed = manifest.documents[1];
  const path = join(corpusDir, changed.file);
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace(/^([a-z]\)\t.*?)([.;,])$/m, '$1 (modifié)$2'));
  const update = await timed(() => openIndex({ corpusDir, indexDir, embedder }));
  const documentClauses = full.value.store.clauses.filter((c) => c.docId === changed.id).length;
  return {
    embedder: embedder.modelId,
    full_build_ms: Math.round(full.ms),
    one_changed_document: {
      ms: Math.round(update.ms),
      document: changed.id,
      document_clauses: documentClauses,
      reparsed: update.value.reparsed,
      embedded: update.value.embedded,
      only_its_clauses:
        update.value.reparsed.length === 1 &&
        update.value.reparsed[0] === changed.id &&
        update.value.embedded >= 1 &&
        update.value.embedded <= documentClauses,
    },
  };
}
