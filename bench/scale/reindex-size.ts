/**
 * Child process: the product's own indexing path on a synthetic corpus on
 * disk (`--size N --dir DIR`): openIndex with the HashEmbedder builds the
 * saved index, then one document is changed and openIndex runs again. The
 * figure is the time of that second call; `reparsed` and `embedded` prove it
 * touched only the changed document's clauses.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HashEmbedder } from '../../retrieval/dense/hash-embedder.ts';
import { openIndex } from '../../retrieval/open-assistant.ts';
import { readArgs, required } from './cli-args.ts';
import { CorpusScaler } from './synth-corpus.ts';
import { loadSeedVocabulary } from './seed-vocabulary.ts';
import { peakRssMb, perSecond, timed } from './stats.ts';
import { SYNTH_DIMENSIONS } from './synth-vectors.ts';

const args = readArgs(process.argv.slice(2), ['size', 'dir']);
const size = Number(required(args, 'size'));
const dir = required(args, 'dir');
const corpusDir = join(dir, 'corpus');
const indexDir = join(dir, 'index');
await mkdir(join(corpusDir, 'documents'), { recursive: true });

const scaler = new CorpusScaler(await loadSeedVocabulary());
const manifest: unknown[] = [];
let files = 0;
for (const doc of scaler.documents(size)) {
  await writeFile(join(corpusDir, doc.meta.file), doc.text);
  manifest.push(doc.meta);
  files += 1;
}
await writeFile(join(corpusDir, 'manifest.json'), JSON.stringify({ version: 1, documents: manifest }));

const embedder = new HashEmbedder(SYNTH_DIMENSIONS);
const full = await timed(() => openIndex({ corpusDir, indexDir, embedder }));
const reopen = await timed(() => openIndex({ corpusDir, indexDir, embedder }));

// Change one clause of a document in the middle of the corpus: one word appended to its first clause line.
const changed = manifest[Math.floor(files / 2)] as { id: string; file: string };
const path = join(corpusDir, changed.file);
const text = await readFile(path, 'utf8');
await writeFile(path, text.replace(/^((?:[a-z]\)|\d+(?:\.\d+)*)\t.*?)([.;:])$/m, '$1 modifié$2'));
const clausesOfDoc = full.value.store.clauses.filter((c) => c.docId === changed.id).length;
const update = await timed(() => openIndex({ corpusDir, indexDir, embedder }));

await writeFile(
  join(dir, 'reindex.json'),
  JSON.stringify(
    {
      documents: files,
      clauses: full.value.store.clauses.length,
      embedder: embedder.modelId,
      full_build: { ms: Math.round(full.ms), per_s: perSecond(full.value.store.clauses.length, full.ms), embedded: full.value.embedded },
      reopen_unchanged: { ms: Math.round(reopen.ms), reparsed: reopen.value.reparsed.length, embedded: reopen.value.embedded },
      one_changed_document: {
        ms: Math.round(update.ms),
        document: changed.id,
        document_clauses: clausesOfDoc,
        reparsed: update.value.reparsed,
        embedded: update.value.embedded,
        only_its_clauses:
          update.value.reparsed.length === 1 &&
          update.value.reparsed[0] === changed.id &&
          update.value.embedded >= 1 &&
          update.value.embedded <= clausesOfDoc,
      },
      peak_rss_mb: peakRssMb(),
    },
    null,
    2,
  ),
);
