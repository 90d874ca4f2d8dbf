/**
 * What every saved file of the index goes through: content hashes, atomic
 * replacement (write-file-atomic: a uniquely named temp file, fsync, rename,
 * the temp file removed if anything fails), and files read only when they
 * are regular files.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/** Writes `data` to `path` so a reader sees the old file or the new one, never half of it. */
export async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  await writeFileAtomic(path, data);
}

/**
 * Saves a file derived from the index (a cache: losing it costs start-up
 * time, never an answer), synchronously as start-up is; when it cannot be
 * written, says so once in `notices`.
 */
export function saveDerived(path: string, data: string | Buffer, what: string, notices: string[]): void {
  try {
    writeFileAtomic.sync(path, data);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    notices.push(`Could not save ${what} at ${path} (${why}): it is made again at each start.`);
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Errors that mean "this folder or file cannot be written here", as opposed to a bug. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR', 'ENOTEMPTY', 'EEXIST', 'ENOSPC', 'EDQUOT', 'EBUSY']);

export function isUnwritable(error: unknown): error is NodeJS.ErrnoException {
  return UNWRITABLE.has((error as NodeJS.ErrnoException)?.code ?? '');
}

/** Thrown by readRegularFile for FIFOs, sockets, devices and folders. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}

/**
 * Reads a file only if it is a regular file. The file is opened non-blocking
 * and checked through its descriptor, so a FIFO (which would block a plain
 * read forever) or a file swapped for one after a directory listing is refused.
 */
export async function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotRegularFileError(path, fileKind(stats));
    if (stats.size > maxBytes) throw new RangeError(`${path} is ${stats.size} bytes, over the ${maxBytes}-byte limit`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** "a FIFO", "a socket", "a device", "a folder": what a path is when it is not a regular file. */
export function fileKind(stats: { isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean; isFile(): boolean }): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'a device';
}
