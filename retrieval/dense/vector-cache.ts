/**
 * Reading the saved embeddings: the pointer `vectors.json` names a generation
 * and the sha256 of its files; the vectors are served only if their bytes
 * match. A build that replaced the generation between reading the pointer
 * and reading its files is met by reading the pointer again.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readRegularFile, sha256 } from '../storage.ts';
import type { Embedder } from './embedder.ts';

export const POINTER_FILE = 'vectors.json';
const ATTEMPTS = 4;

const Pointer = z.object({
  modelId: z.string(),
  dimensions: z.number(),
  corpusHash: z.string(),
  keys: z.array(z.string()),
  /** Graph label of each key's vector. */
  labels: z.array(z.number().int()),
  deleted: z.number().int(),
  generation: z.string().regex(/^[\w-]+$/),
  graphHash: z.string(),
  vectorsHash: z.string(),
});

export type VectorCache = z.infer<typeof Pointer> & { vectors: Float32Array[]; nextLabel: number };

export async function readVectorCache(dir: string, embedder: Embedder, notices: string[]): Promise<VectorCache | undefined> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    let meta: z.infer<typeof Pointer>;
    try {
      meta = Pointer.parse(JSON.parse((await readRegularFile(join(dir, POINTER_FILE))).toString('utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        notices.push('The embedding cache was damaged or from another version: re-embedding the corpus.');
      }
      return undefined;
    }
    if (meta.modelId !== embedder.modelId || meta.dimensions !== embedder.dimensions) return undefined;
    const bytes = await readRegularFile(join(dir, `vectors-${meta.generation}.f32`)).catch((error: NodeJS.ErrnoException) => error);
    // A newer build swapped generations between the two reads: follow the pointer again.
    if (bytes instanceof Error && bytes.code === 'ENOENT' && attempt < ATTEMPTS) continue;
    if (bytes instanceof Error || bytes.byteLength !== meta.keys.length * meta.dimensions * 4 || sha256(bytes) !== meta.vectorsHash) {
      notices.push('The embedding cache was damaged: re-embedding the corpus.');
      return undefined;
    }
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const vectors = meta.keys.map((_, i) => all.slice(i * meta.dimensions, (i + 1) * meta.dimensions));
    // Labels are handed out in sequence and never reused: live plus deleted is the next free one.
    return { ...meta, vectors, nextLabel: meta.labels.length + meta.deleted };
  }
  return undefined;
}
