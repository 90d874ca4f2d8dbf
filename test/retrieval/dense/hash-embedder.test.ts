import { describe, expect, it } from 'vitest';
import { HashEmbedder } from '../../../retrieval/dense/hash-embedder.ts';

describe('HashEmbedder', () => {
  it('is deterministic and unit-length', async () => {
    const e = new HashEmbedder(64);
    const [a] = await e.embed(['sécurité de l’IoT']);
    const [b] = await e.embed(['sécurité de l’IoT']);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
  });
});
