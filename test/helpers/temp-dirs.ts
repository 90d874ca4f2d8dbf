/**
 * Temporary folders for a test file, removed after each test; and a copy of
 * the seed corpus to change freely.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function tempDirs(): { temp: () => Promise<string>; seedCorpus: () => Promise<string> } {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  const temp = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iotsec-'));
    dirs.push(dir);
    return dir;
  };
  const seedCorpus = async () => {
    const dir = await temp();
    await cp('corpus', dir, { recursive: true });
    return dir;
  };
  return { temp, seedCorpus };
}
