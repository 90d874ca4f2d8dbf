/**
 * The bot's embedded SQLite database (better-sqlite3): votes, thread memory
 * and the record of imported legacy files. WAL mode, so the CLI can read
 * while a bot writes; every write goes through a transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, storeError } from './store-error.ts';

/** An open better-sqlite3 connection to the state database. */
export type Db = Database.Database;

/** Schema version in `PRAGMA user_version`; a newer file is refused rather than misread. */
export const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS votes (
  platform   TEXT NOT NULL,
  answer_key TEXT NOT NULL,
  user_hash  TEXT NOT NULL,
  vote       TEXT NOT NULL,
  question   TEXT NOT NULL,
  answer     TEXT NOT NULL,
  citations  TEXT NOT NULL,
  time       TEXT NOT NULL,
  PRIMARY KEY (platform, answer_key, user_hash)
);
CREATE TABLE IF NOT EXISTS threads (
  thread_key TEXT PRIMARY KEY,
  touched    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS threads_by_age ON threads (touched);
CREATE TABLE IF NOT EXISTS turns (
  thread_key TEXT NOT NULL REFERENCES threads (thread_key) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  turn       TEXT NOT NULL,
  PRIMARY KEY (thread_key, seq)
);
CREATE TABLE IF NOT EXISTS imports (
  source TEXT NOT NULL,
  digest TEXT NOT NULL,
  rows   INTEGER NOT NULL,
  time   TEXT NOT NULL,
  PRIMARY KEY (source, digest)
);
`;

/** How the state database is opened. */
export interface StateDbOptions {
  /** How long a write waits for another process's lock before failing (SQLite busy_timeout). */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating folder, file and tables when missing) the state database.
 * Failures become one-line StoreErrors: locked, damaged (not a SQLite file)
 * or unavailable (permissions, a folder in the way).
 */
export function openStateDb(path: string, options: StateDbOptions = {}): Db {
  let db: Db | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 1000 });
    // The sync write of a vote blocks the event loop while it waits: keep the wait short.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        'unavailable',
        `The state store ${path} has schema ${version}, newer than this code's ${SCHEMA_VERSION}: update the bot.`,
        undefined,
      );
    }
    if (version < SCHEMA_VERSION) migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw storeError(error, path);
  }
}

/** Creates the tables (version 0 is a new, empty file); later versions add their steps here. */
function migrate(db: Db): void {
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
