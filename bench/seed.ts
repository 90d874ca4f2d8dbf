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
import { loadCoreConfig } from '../retrieval/config.ts';
import { openAssistant, openIndex } from '../retrieval/open-assistant.ts';
import { HashEmbedder } from '../retrieval/dense/hash-embedder.ts';
import { TransformersEmbedder } from '../retrieval/dense/transformers-embedder.ts';
import { runChild } from './scale/child.ts';
import { SEED_QUESTIONS } from './scale/queries.ts';
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
    const cold: Record<string, unknown> = {};
    for (const [mode, dir] of [['off', indexDir], ['hash', hashIndex]] as const) {
      const out = join(work, `cold-${mode}.json`);
      await runChild('bench/seed-cold.ts', ['--index', dir, '--embeddings', mode, '--out', out]);
      cold[mode === 'off' ? 'lexical' : 'hybrid_hash'] = JSON.parse(await readFile(out, 'utf8'));
    }

    return {
      mode: assistant.capabilities.dense ? 'hybrid' : 'lexical + glossary (no embedding model on this machine)',
      clauses,
      index_build_ms: Math.round(buildMs),
      cold_start_to_first_answer_ms: Math.round(coldMs),
      warm_ask_ms: latency(times),
      cold_start_fresh_process: cold,
      embedding: await embeddingThroughput(quick),
      reindex: await reindexSeed(work),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
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
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; file: string }> };
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
      only_its_clauses: update.value.reparsed.length === 1 && update.value.reparsed[0] === changed.id && update.value.embedded >= 1 && update.value.embedded <= documentClauses,
    },
  };
}
