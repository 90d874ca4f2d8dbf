/**
 * The vector-search seam: HnswIndex (hnswlib-node, approximate) and
 * ExactIndex (brute-force scan, the reference the contract tests and the
 * benchmark compare against). Scores are cosine similarities; a vector is
 * known by its label, which stays stable across incremental updates.
 */
import type { ScoredDoc } from '../types.ts';

export interface VectorIndex {
  /** Vectors a search can return (removed ones excluded). */
  readonly size: number;
  /** Vectors removed but still held: a rebuild reclaims them. */
  readonly deletedCount: number;
  /** Adds vectors under consecutive labels after the highest one used so far. */
  addAll(vectors: Float32Array[]): void;
  /** Adds one vector under a given label. */
  add(vector: Float32Array, label: number): void;
  /** Removes a vector from search results. */
  remove(label: number): void;
  /** The k nearest vectors as { index: label, score: cosine }. */
  search(query: Float32Array, k: number): ScoredDoc[];
  save(path: string): Promise<void>;
}

/** How the vector store makes and reopens indexes, whatever their technology. */
export interface VectorIndexFactory {
  create(dimensions: number, capacity: number): VectorIndex;
  /** Reopens a saved index; throws when the file is missing or damaged. */
  read(path: string, dimensions: number, deleted: number): Promise<VectorIndex>;
}
