import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStateStore, type OpenStoreOptions, type StateStore } from '../../../bot/store/open-store.ts';

/** A state store in a fresh temporary folder, and the means to damage or lock it. */
export interface TempStore {
  dir: string;
  path: string;
  store: StateStore;
  /** Opens the store again (a restart); the previous one is closed first. */
  reopen(options?: Partial<OpenStoreOptions>): StateStore;
  /**
   * Another process's write lock on the file until `release()`: writes then
   * fail with SQLITE_BUSY once the busy timeout runs out.
   */
  lock(): { release(): void };
  /** Runs SQL on a second connection (to plant rows the code would never write). */
  raw(sql: string, ...params: unknown[]): void;
  cleanup(): void;
}

export function tempStore(options: Partial<OpenStoreOptions> = {}): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'iotsec-store-'));
  const path = join(dir, 'iotsec.db');
  let store = openStateStore({ path, busyTimeoutMs: 20, ...options });
  return {
    dir,
    path,
    get store() {
      return store;
    },
    reopen(more = {}) {
      store.close();
      store = openStateStore({ path, busyTimeoutMs: 20, ...options, ...more });
      return store;
    },
    lock: () => lockStore(path),
    raw(sql, ...params) {
      const other = new Database(path);
      try {
        other.prepare(sql).run(...params);
      } finally {
        other.close();
      }
    },
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Another process's write lock on a store file until `release()` (a second connection inside BEGIN IMMEDIATE). */
export function lockStore(path: string): { release(): void } {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return {
    release() {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}

/**
 * A lock that keeps readers out too: another process in SQLite's exclusive
 * locking mode holding a write transaction (WAL readers are not blocked by
 * an ordinary writer, so this is what "locked" means to `iotsec votes`).
 */
export function lockExclusive(path: string): { release(): void } {
  const other = new Database(path, { timeout: 100 });
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec('BEGIN EXCLUSIVE');
  other.prepare("INSERT INTO imports (source, digest, rows, time) VALUES ('lock', 'lock', 0, '')").run();
  return {
    release() {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}
