import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStateDb, SCHEMA_VERSION } from '../../../bot/store/state-db.ts';
import { StoreError } from '../../../bot/store/store-error.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iotsec-db-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const failure = (path: string): StoreError => {
  try {
    openStateDb(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected the store to be refused');
};

describe('openStateDb', () => {
  it('creates folder, file and tables, in WAL mode, at the current schema version', () => {
    const db = openStateDb(join(dir, 'nested', 'state.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(['imports', 'threads', 'turns', 'votes']);
    db.close();
  });

  it('says in one line that a file which is not a SQLite database is damaged', () => {
    const path = join(dir, 'state.db');
    writeFileSync(path, 'this is not a database, just text that happens to be here '.repeat(100));
    const error = failure(path);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/is damaged .*move it aside/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a file written by a newer schema instead of misreading it', () => {
    const path = join(dir, 'state.db');
    const newer = new Database(path);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    expect(failure(path).message).toMatch(/newer than this code/);
  });

  it('says the store cannot be used when a folder stands where the file should be', async () => {
    const error = failure(dir);
    expect(error.reason).toBe('unavailable');
    expect(error.message).toMatch(/IOTSEC_STATE_DB/);
  });
});
