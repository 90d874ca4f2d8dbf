import { describe, expect, it } from 'vitest';
import { normalize } from '../../../retrieval/dense/embedder.ts';
import { ExactIndex } from '../../../retrieval/dense/exact-index.ts';
import { HnswIndex } from '../../../retrieval/dense/hnsw-index.ts';
import type { VectorIndex } from '../../../retrieval/dense/vector-index.ts';

function unitVectors(n: number, dims: number, seed = 7): Float32Array[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5;
  return Array.from({ length: n }, () => normalize(Float32Array.from({ length: dims }, rand)));
}

const implementations: Array<[string, (dims: number) => VectorIndex]> = [
  ['HnswIndex', (d) => new HnswIndex(d, 8)],
  ['ExactIndex', (d) => new ExactIndex(d)],
];

describe.each(implementations)('VectorIndex contract: %s', (_name, make) => {
  it('finds a stored vector first, with cosine similarity 1', () => {
    const index = make(16);
    const vectors = unitVectors(50, 16);
    index.addAll(vectors);
    expect(index.size).toBe(50);
    const [top] = index.search(vectors[17], 3);
    expect(top.index).toBe(17);
    expect(top.score).toBeCloseTo(1, 5);
  });

  it('returns no more than it holds, best first', () => {
    const index = make(8);
    index.addAll(unitVectors(3, 8));
    const hits = index.search(unitVectors(1, 8, 99)[0], 10);
    expect(hits).toHaveLength(3);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[2].score);
  });

  it('keeps labels given to add(), and never returns a removed vector', () => {
    const index = make(8);
    const vectors = unitVectors(20, 8);
    vectors.forEach((v, i) => index.add(v, 100 + i));
    index.remove(105);
    expect(index.size).toBe(19);
    expect(index.deletedCount).toBe(1);
    const hits = index.search(vectors[5], 20);
    expect(hits.map((h) => h.index)).not.toContain(105);
    expect(index.search(vectors[6], 1)[0].index).toBe(106);
    index.addAll(unitVectors(2, 8, 3));
    expect(index.search(unitVectors(2, 8, 3)[1], 1)[0].index).toBe(121);
  });
});

describe('HNSW against an exact scan', () => {
  it('keeps recall@10 of at least 0.95 on 2,000 random vectors', () => {
    const vectors = unitVectors(2000, 32);
    const hnsw = new HnswIndex(32, 2000);
    const exact = new ExactIndex(32);
    hnsw.addAll(vectors);
    exact.addAll(vectors);
    let found = 0;
    const queries = unitVectors(50, 32, 1234);
    for (const q of queries) {
      const truth = new Set(exact.search(q, 10).map((h) => h.index));
      found += hnsw.search(q, 10).filter((h) => truth.has(h.index)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });
});
