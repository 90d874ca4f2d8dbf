import { describe, expect, it } from 'vitest';
import { DenseSearch } from '../../../retrieval/dense/dense-search.ts';
import { dot, type Embedder } from '../../../retrieval/dense/embedder.ts';
import { ExactIndex } from '../../../retrieval/dense/exact-index.ts';
import { HashEmbedder } from '../../../retrieval/dense/hash-embedder.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const IDS = [
  'tsb-circ-67:p3', // nomination of the co-convenors
  'tsb-circ-67:p6', // first meeting
  'tsb-circ-67:p8', // contributions deadline
  'c25-18:s3.1', // CIRT assistance
  'wtsa-res-98:recognizing:d', // SG20 responsible for IoT
];
const clauses = IDS.map(seedClause);
const embedder = new HashEmbedder(256, 'fr');

/** The embedder, recording which kind of text each call embeds (e5 models prefix queries and passages differently). */
function recording(inner: Embedder): Embedder & { kinds: string[] } {
  const kinds: string[] = [];
  return {
    modelId: inner.modelId,
    dimensions: inner.dimensions,
    kinds,
    embed: (texts, kind) => (kinds.push(kind), inner.embed(texts, kind)),
  };
}

async function indexOf(labels?: number[]): Promise<ExactIndex> {
  const vectors = await embedder.embed(clauses.map((c) => c.text));
  const index = new ExactIndex(embedder.dimensions);
  if (labels) vectors.forEach((v, i) => index.add(v, labels[i]));
  else index.addAll(vectors);
  return index;
}

describe('dense search over clauses', () => {
  it('finds the clause nearest the question, as a clause index with its cosine', async () => {
    const search = new DenseSearch(embedder, await indexOf());
    const found = await search.search('La première réunion du Groupe JCG-IoTSec se tiendra à Genève', 3);
    expect(found).toHaveLength(3);
    expect(IDS[found[0].index]).toBe('tsb-circ-67:p6');
    const question = embedder.embedOne('La première réunion du Groupe JCG-IoTSec se tiendra à Genève');
    expect(found[0].score).toBeCloseTo(dot(question, embedder.embedOne(clauses[1].text)), 6);
    expect(found.map((h) => h.score)).toEqual([...found.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('maps graph labels back to clause indices', async () => {
    // After incremental updates, a clause's vector keeps the label it was added under.
    const labels = [40, 7, 13, 2, 99];
    const search = new DenseSearch(embedder, await indexOf(labels), labels);
    const found = await search.search(clauses[3].text, 5);
    expect(found[0]).toMatchObject({ index: 3 });
    expect(found.map((h) => h.index).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('drops a vector whose label no clause has (a removed clause)', async () => {
    const labels = [0, 1, 2, 3, 4];
    const index = await indexOf(labels);
    index.add(embedder.embedOne(clauses[1].text), 50);
    const found = await new DenseSearch(embedder, index, labels).search(clauses[1].text, 6);
    expect(found.map((h) => h.index).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('embeds the question as a query', async () => {
    const spy = recording(embedder);
    await new DenseSearch(spy, await indexOf()).search('When is the first meeting?', 2);
    expect(spy.kinds).toEqual(['query']);
  });
});

describe('similarity of a text to clauses', () => {
  it('is the best cosine with any of them, embedded as passages', async () => {
    const spy = recording(embedder);
    const search = new DenseSearch(spy, await indexOf());
    const text = 'Le GCNT a nommé M. Bret Jordan et M. Ramy Ahmed Fathy Coresponsables du Groupe JCG-IoTSec.';
    const best = Math.max(...clauses.map((c) => dot(embedder.embedOne(text), embedder.embedOne(c.text))));
    expect(await search.similarity(text, clauses)).toBeCloseTo(best, 6);
    expect(spy.kinds).toEqual(['passage']);
    expect(await search.similarity(clauses[2].text, [clauses[2]])).toBeCloseTo(1, 6);
    expect(await search.similarity(clauses[2].text, [clauses[0], clauses[2]])).toBeCloseTo(1, 6);
  });

  it('is undefined without clauses', async () => {
    expect(await new DenseSearch(embedder, await indexOf()).similarity('anything', [])).toBeUndefined();
  });
});
