/**
 * The dense-retrieval seam. Implementations: TransformersEmbedder (a
 * multilingual model through @xenova/transformers) and HashEmbedder (small,
 * deterministic, no model files: tests and benchmarks).
 */
export interface Embedder {
  /** Recorded in the saved index: a different model means a rebuild. */
  readonly modelId: string;
  readonly dimensions: number;
  /** Unit-length vectors, one per text. Queries and passages may be prefixed differently (e5). */
  embed(texts: string[], kind: 'query' | 'passage'): Promise<Float32Array[]>;
}

export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vector.length; i += 1) vector[i] /= norm;
  return vector;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i] * b[i];
  return sum;
}
