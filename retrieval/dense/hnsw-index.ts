import hnswlib from 'hnswlib-node';
import type { ScoredDoc } from '../types.ts';
import type { VectorIndex, VectorIndexFactory } from './vector-index.ts';

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
  /** Labels ever added (the next free label); deleted ones stay in the graph, skipped by searches. */
  private nextLabel = 0;
  private deleted = 0;

  constructor(
    readonly dimensions: number,
    capacity = 1024,
    private readonly options: HnswOptions = DEFAULT_HNSW,
  ) {
    this.index = new HierarchicalNSW('cosine', dimensions);
    this.capacity = Math.max(capacity, 16);
    this.index.initIndex(this.capacity, options.m, options.efConstruction, 100);
    this.index.setEf(options.efSearch);
  }

  /**
   * Loads a saved graph; throws when the file is missing or damaged.
   * @param deleted how many of its vectors were marked deleted (the file does not say).
   */
  static async read(path: string, dimensions: number, deleted = 0, options: HnswOptions = DEFAULT_HNSW): Promise<HnswIndex> {
    const loaded = new HnswIndex(dimensions, 16, options);
    await loaded.index.readIndex(path, true);
    const labels = loaded.index.getIdsList();
    // A loop, not Math.max(...labels): a million arguments overflow the call stack.
    let top = -1;
    for (const label of labels) if (label > top) top = label;
    loaded.nextLabel = top + 1;
    loaded.deleted = deleted;
    loaded.capacity = loaded.index.getMaxElements();
    loaded.index.setEf(options.efSearch);
    return loaded;
  }

  /** Vectors a search can return (deleted ones excluded). */
  get size(): number {
    return this.index.getCurrentCount() - this.deleted;
  }

  /** Vectors marked deleted but still in the graph: a rebuild reclaims them. */
  get deletedCount(): number {
    return this.deleted;
  }

  addAll(vectors: Float32Array[]): void {
    for (const vector of vectors) this.add(vector, this.nextLabel);
  }

  /** Adds one vector under a given label (labels stay stable across incremental updates). */
  add(vector: Float32Array, label: number): void {
    if (this.index.getCurrentCount() + 1 > this.capacity) {
      this.capacity = Math.max(this.capacity * 2, 16);
      this.index.resizeIndex(this.capacity);
    }
    this.index.addPoint(Array.from(vector), label);
    this.nextLabel = Math.max(this.nextLabel, label + 1);
  }

  /** Removes a vector from search results (hnswlib marks it deleted; the slot stays until a rebuild). */
  remove(label: number): void {
    this.index.markDelete(label);
    this.deleted += 1;
  }

  search(query: Float32Array, k: number): ScoredDoc[] {
    const live = this.size;
    if (live === 0) return [];
    const n = Math.min(k, live);
    this.index.setEf(Math.max(this.options.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((index, i) => ({ index, score: 1 - distances[i] }));
  }

  async save(path: string): Promise<void> {
    await this.index.writeIndex(path);
  }
}

/** Makes and reopens HNSW graphs for the vector store. */
export const hnswFactory: VectorIndexFactory = {
  create: (dimensions, capacity) => new HnswIndex(dimensions, capacity),
  read: (path, dimensions, deleted) => HnswIndex.read(path, dimensions, deleted),
};
