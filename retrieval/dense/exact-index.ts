import { dot } from './embedder.ts';
import type { ScoredDoc } from '../types.ts';
import type { VectorIndex } from './vector-index.ts';

/** Brute-force cosine scan: exact, the reference HNSW is measured against. */
export class ExactIndex implements VectorIndex {
  private readonly vectors = new Map<number, Float32Array>();
  private nextLabel = 0;
  private removed = 0;

  constructor(readonly dimensions: number) {}

  get size(): number {
    return this.vectors.size;
  }

  get deletedCount(): number {
    return this.removed;
  }

  addAll(vectors: Float32Array[]): void {
    // One call per vector: spreading a million arguments overflows the call stack.
    for (const vector of vectors) this.add(vector, this.nextLabel);
  }

  add(vector: Float32Array, label: number): void {
    this.vectors.set(label, vector);
    this.nextLabel = Math.max(this.nextLabel, label + 1);
  }

  remove(label: number): void {
    if (this.vectors.delete(label)) this.removed += 1;
  }

  search(query: Float32Array, k: number): ScoredDoc[] {
    const scored: ScoredDoc[] = [];
    for (const [index, v] of this.vectors) scored.push({ index, score: dot(query, v) });
    return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
  }

  async save(): Promise<void> {
    // Nothing to save: rebuilt from the stored vectors.
  }
}
