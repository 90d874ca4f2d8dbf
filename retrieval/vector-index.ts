/**
 * The vector-search seam: HnswIndex (hnswlib-node, approximate) and
 * ExactIndex (brute-force scan, the reference the contract tests and the
 * benchmark compare against). Scores are cosine similarities.
 */
import { dot } from './embedder.ts';
import type { ScoredDoc } from './lexical-index.ts';

export interface VectorIndex {
  readonly size: number;
  /** Adds vectors under consecutive labels starting at the current size. */
  addAll(vectors: Float32Array[]): void;
  search(query: Float32Array, k: number): ScoredDoc[];
  save(path: string): Promise<void>;
}

export class ExactIndex implements VectorIndex {
  private readonly vectors: Float32Array[] = [];

  constructor(readonly dimensions: number) {}

  get size(): number {
    return this.vectors.length;
  }

  addAll(vectors: Float32Array[]): void {
    // One push per vector: spreading a million arguments overflows the call stack.
    for (const vector of vectors) this.vectors.push(vector);
  }

  search(query: Float32Array, k: number): ScoredDoc[] {
    const scored = this.vectors.map((v, index) => ({ index, score: dot(query, v) }));
    return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
  }

  async save(): Promise<void> {
    // Nothing to save: rebuilt from the stored vectors.
  }
}
