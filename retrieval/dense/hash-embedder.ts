import { createHash } from 'node:crypto';
import { analyze } from '../query/analyze.ts';
import { normalize, type Embedder } from './embedder.ts';
import type { Lang } from '../types.ts';

/**
 * A deterministic bag-of-stems embedder: each analysed term hashes to a few
 * signed dimensions. No model files, same vectors on every machine: what
 * tests and benchmarks use behind the Embedder seam. Not multilingual.
 */
export class HashEmbedder implements Embedder {
  readonly modelId: string;

  constructor(
    readonly dimensions = 256,
    private readonly lang: Lang = 'fr',
  ) {
    this.modelId = `hash-embedder-${dimensions}`;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (const term of analyze(text, this.lang)) {
      const digest = createHash('md5').update(term).digest();
      for (let k = 0; k < 2; k += 1) {
        const slot = digest.readUInt32LE(k * 4) % this.dimensions;
        vector[slot] += digest[8 + k] & 1 ? 1 : -1;
      }
    }
    return normalize(vector);
  }
}
