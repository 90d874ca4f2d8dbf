/**
 * Synthetic clause embeddings for the large sizes: unit vectors from a
 * low-rank topic mixture (a clause mixes its document's topic with a second
 * one, plus noise) projected into the model's dimension. Neighbourhoods are
 * clustered like real sentence embeddings, not uniform noise, so HNSW recall
 * and latency mean something; no model has to run over a million clauses.
 */
import { Random } from './random.ts';

/** multilingual-e5-small's width: the index is measured at the product's dimension. */
export const SYNTH_DIMENSIONS = 384;

export interface VectorMixtureOptions {
  dimensions: number;
  /** Latent rank: the intrinsic dimension HNSW has to navigate. */
  rank: number;
  topics: number;
  /** Latent noise per clause, relative to a topic centroid's spread. */
  clauseNoise: number;
  /** Isotropic noise in the full space. */
  ambientNoise: number;
}

export const DEFAULT_MIXTURE: VectorMixtureOptions = {
  dimensions: SYNTH_DIMENSIONS,
  rank: 32,
  topics: 512,
  clauseNoise: 0.8,
  ambientNoise: 0.25,
};

export class VectorMixture {
  private readonly projection: Float32Array;
  private readonly centroids: Float32Array[];
  private readonly latent: Float32Array;

  constructor(
    readonly options: VectorMixtureOptions = DEFAULT_MIXTURE,
    private readonly random = new Random(1234),
  ) {
    const { dimensions, rank, topics } = options;
    this.projection = new Float32Array(dimensions * rank);
    for (let i = 0; i < this.projection.length; i += 1) this.projection[i] = random.gaussian() / Math.sqrt(rank);
    this.centroids = Array.from({ length: topics }, () => Float32Array.from({ length: rank }, () => random.gaussian()));
    this.latent = new Float32Array(rank);
  }

  /** Writes one unit vector into `out` (a view of a larger buffer, to avoid a million small allocations). */
  sample(out: Float32Array, topic: number): Float32Array {
    const { rank, dimensions, clauseNoise, ambientNoise } = this.options;
    const main = this.centroids[topic % this.centroids.length];
    const second = this.centroids[this.random.int(this.centroids.length)];
    for (let r = 0; r < rank; r += 1) this.latent[r] = main[r] + 0.5 * second[r] + clauseNoise * this.random.gaussian();
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) {
      // Uniform noise of unit variance: a normal per coordinate costs a log and a sqrt, too slow at 384M draws.
      let sum = ambientNoise * 3.4641016 * (this.random.next() - 0.5);
      const row = d * rank;
      for (let r = 0; r < rank; r += 1) sum += this.projection[row + r] * this.latent[r];
      out[d] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d += 1) out[d] /= norm;
    return out;
  }

  /**
   * `count` vectors in one buffer, returned as views; clauses of one
   * document (`perTopic` consecutive clauses) share a main topic.
   */
  many(count: number, perTopic = 40): Float32Array[] {
    const { dimensions } = this.options;
    const buffer = new Float32Array(count * dimensions);
    const views: Float32Array[] = new Array(count);
    for (let i = 0; i < count; i += 1) {
      views[i] = this.sample(buffer.subarray(i * dimensions, (i + 1) * dimensions), Math.floor(i / perTopic) * 7919 + this.random.int(3));
    }
    return views;
  }
}
