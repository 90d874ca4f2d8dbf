/**
 * The saved index folder as a shared resource: one builder at a time
 * (proper-lockfile: a lock directory with a heartbeat, stale locks of dead
 * processes taken over), readers never blocked, and saving that degrades to
 * answering from memory, with one notice, where the folder cannot be written.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { CodedError, ErrorCode } from './errors.ts';
import { isUnwritable, writeAtomic } from './storage.ts';

const LOCK_NAME = '.build.lock';
/** A lock whose heartbeat stopped this long ago belongs to a dead process. */
const STALE_MS = 20_000;
/** How long a second builder waits for the first: a large corpus with a real embedding model takes minutes. */
const WAIT = { retries: 900, factor: 1.15, minTimeout: 30, maxTimeout: 400, randomize: true };

/** Writes index files atomically; after the first refusal of the folder, answers come from memory. */
export class IndexSaver {
  private failed = false;

  constructor(
    readonly dir: string,
    private readonly notices: string[],
    private enabled = true,
  ) {}

  get writable(): boolean {
    return this.enabled && !this.failed;
  }

  /** Saves one file; false when it could not be (the notice says so once). */
  async save(name: string, data: string | Buffer): Promise<boolean> {
    if (!this.writable) return false;
    try {
      await mkdir(dirname(join(this.dir, name)), { recursive: true });
      await writeAtomic(join(this.dir, name), data);
      return true;
    } catch (error) {
      if (!isUnwritable(error)) throw error;
      this.refuse(error, join(this.dir, name));
      return false;
    }
  }

  /** Records why the folder cannot be written, once, and stops further writes. */
  refuse(error: NodeJS.ErrnoException, path: string): void {
    if (this.failed) return;
    this.failed = true;
    const why = error.code === 'EISDIR' || error.code === 'ENOTEMPTY' ? 'a folder is in the way' : error.code;
    this.notices.push(
      `Could not save the index at ${path} (${why}): answered from memory, and it will be rebuilt at every start ` +
        `until the folder ${this.dir} can be written (or pass --index DIR).`,
    );
  }
}

/**
 * Runs `build` holding the folder's build lock, with a saver for its writes.
 * A folder that cannot be created or locked (read-only, not ours) still gets
 * its build, from memory: the saver is then off and the notice explains why.
 */
export async function withBuildLock<T>(dir: string, notices: string[], build: (saver: IndexSaver) => Promise<T>): Promise<T> {
  const saver = new IndexSaver(dir, notices);
  let release: (() => Promise<void>) | undefined;
  try {
    await mkdir(dir, { recursive: true });
    release = await acquire(dir);
  } catch (error) {
    if (isUnwritable(error)) saver.refuse(error, dir);
    else if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw busy(dir, error);
    else throw error;
  }
  try {
    return await build(saver);
  } finally {
    await release?.().catch(() => {});
  }
}

/** proper-lockfile retries on any error: try once, and wait only when another builder holds the lock. */
async function acquire(dir: string): Promise<() => Promise<void>> {
  const options = { realpath: false, lockfilePath: join(dir, LOCK_NAME), stale: STALE_MS, onCompromised: () => {} };
  try {
    return await lock(dir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    return lock(dir, { ...options, retries: WAIT });
  }
}

function busy(dir: string, cause: unknown): CodedError {
  const message =
    `Another process has been building the index in ${dir} for minutes. ` +
    `Wait for it to finish, or remove ${join(dir, LOCK_NAME)} if no iotsec process is running.`;
  return new CodedError(ErrorCode.IndexBusy, message, { cause });
}
