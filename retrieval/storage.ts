/**
 * What every saved file of the index goes through: content hashes and
 * atomic replacement (write a temp file, then rename over the old one).
 */
import { createHash } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/** Writes `data` to `path` so a reader sees the old file or the new one, never half of it. */
export async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
