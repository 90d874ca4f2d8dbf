import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { DenseSearch } from '../../../retrieval/dense/dense-search.ts';
import { HashEmbedder } from '../../../retrieval/dense/hash-embedder.ts';
import { hnswFactory } from '../../../retrieval/dense/hnsw-index.ts';
import { openVectorStore } from '../../../retrieval/dense/vector-store.ts';
import { ingestCorpus } from '../../../retrieval/ingest/ingest-corpus.ts';

const { temp, seedCorpus } = tempDirs();

/** Clauses of the corpus, then the vector store over them, as openIndex does. */
async function open(corpusDir: string, indexDir: string, embedder = new HashEmbedder(64)) {
  const corpus = await ingestCorpus({ corpusDir, indexDir });
  const notices: string[] = [];
  const vectors = await openVectorStore({
    indexDir,
    embedder,
    factory: hnswFactory,
    clauses: corpus.clauses,
    corpusHash: corpus.corpusHash,
    notices,
  });
  return { ...corpus, ...vectors, notices: [...corpus.notices, ...notices], embedder };
}

describe('the saved vector store', () => {
  it('embeds every clause once, then reuses the cache; re-embeds only a changed document', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const first = await open(corpus, indexDir);
    expect(first.embedded).toBe(first.clauses.length);
    const second = await open(corpus, indexDir);
    expect(second.embedded).toBe(0);
    const file = join(corpus, 'documents', '000_65ebfd557cc5fabf.txt');
    await writeFile(file, (await readFile(file, 'utf8')) + '\n9\tUn nouveau paragraphe sur la sécurité des dispositifs.\n');
    const third = await open(corpus, indexDir);
    expect(third.embedded).toBeLessThanOrEqual(2);
  });

  it('updates the vector graph in place: stable labels, old vectors deleted, new ones found', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const first = await open(corpus, indexDir);
    const file = join(corpus, 'documents', '000_65ebfd557cc5fabf.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('Bret Jordan', 'Bretislav Jordanov'));
    const second = await open(corpus, indexDir);
    expect(second.embedded).toBe(2);
    expect(second.index.deletedCount).toBe(2);
    const labelOf = (r: typeof first, id: string) => r.labels[r.clauses.findIndex((c) => c.id === id)];
    expect(labelOf(second, 'wtsa-res-98:recalling:f')).toBe(labelOf(first, 'wtsa-res-98:recalling:f'));
    const changed = second.clauses.findIndex((c) => c.text.includes('Bretislav Jordanov') && c.id.endsWith('item-6'));
    expect(labelOf(second, second.clauses[changed].id)).toBeGreaterThanOrEqual(first.clauses.length);
    const dense = new DenseSearch(second.embedder, second.index, second.labels);
    const hits = await dense.search(second.clauses[changed].text, 3);
    expect(hits[0].index).toBe(changed);
    // Reopened from disk, the graph keeps its deleted count and labels.
    const third = await open(corpus, indexDir);
    expect(third.embedded).toBe(0);
    expect(third.index.deletedCount).toBe(2);
    expect(third.labels).toEqual(second.labels);
  });

  it('rebuilds a damaged graph from the cached embeddings instead of failing', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const first = await open(corpus, indexDir);
    const graph = (await readdir(indexDir)).find((n) => /^vectors-.*\.hnsw$/.test(n))!;
    await writeFile(join(indexDir, graph), 'garbage');
    const again = await open(corpus, indexDir);
    expect(again.notices.join('\n')).toMatch(/damaged/);
    expect(again.embedded).toBe(0);
    expect(again.index.size).toBe(first.clauses.length);
  });
});
