import hnswlib from 'hnswlib-node';
import type { ScoredDoc } from './lexical-index.ts';
import type { VectorIndex } from './vector-index.ts';

const { HierarchicalNSW } = hnswlib;

export interface HnswOptions {
  /** Graph degree; 16 is hnswlib's usual trade-off between recall and memory. */
  m: number;
  efConstruction: number;
  /** Search breadth; raised to k when k is larger. */
  efSearch: number;
}

export const DEFAULT_HNSW: HnswOptions = { m: 16, efConstruction: 200, efSearch: 64 };

/** Approximate nearest neighbours over cosine distance, through hnswlib-node. */
export class HnswIndex implements VectorIndex {
  private readonly index: InstanceType<typeof HierarchicalNSW>;
  private capacity: number;
  private count = 0;

  constructor(readonly dimensions: number, capacity = 1024, private readonly options: HnswOptions = DEFAULT_HNSW) {
    this.index = new HierarchicalNSW('cosine', dimensions);
    this.capacity = Math.max(capacity, 16);
    this.index.initIndex(this.capacity, options.m, options.efConstruction, 100);
    this.index.setEf(options.efSearch);
  }

  /** Loads a saved graph; throws when the file is missing or damaged. */
  static async read(path: string, dimensions: number, options: HnswOptions = DEFAULT_HNSW): Promise<HnswIndex> {
    const loaded = new HnswIndex(dimensions, 16, options);
    await loaded.index.readIndex(path, true);
    loaded.count = loaded.index.getCurrentCount();
    loaded.capacity = loaded.index.getMaxElements();
    loaded.index.setEf(options.efSearch);
    return loaded;
  }

  get size(): number {
    return this.count;
  }

  addAll(vectors: Float32Array[]): void {
    if (this.count + vectors.length > this.capacity) {
      this.capacity = Math.max(this.capacity * 2, this.count + vectors.length);
      this.index.resizeIndex(this.capacity);
    }
    for (const vector of vectors) {
      this.index.addPoint(Array.from(vector), this.count);
      this.count += 1;
    }
  }

  search(query: Float32Array, k: number): ScoredDoc[] {
    if (this.count === 0) return [];
    const n = Math.min(k, this.count);
    this.index.setEf(Math.max(this.options.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((index, i) => ({ index, score: 1 - distances[i] }));
  }

  async save(path: string): Promise<void> {
    await this.index.writeIndex(path);
  }
}
