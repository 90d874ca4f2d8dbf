import type { ConversationBounds } from '../chat/conversations.ts';
import { importLegacyVotes, type ImportResult } from './import-jsonl.ts';
import { SqliteConversations } from './sqlite-conversations.ts';
import { SqliteVotes } from './sqlite-votes.ts';
import { openStateDb, type Db } from './state-db.ts';
import { storeError } from './store-error.ts';

/** The opened state store: one SQLite file behind both seams. */
export interface StateStore {
  readonly path: string;
  readonly votes: SqliteVotes;
  readonly conversations: SqliteConversations;
  /** What the one-time import of the legacy votes file did at opening. */
  readonly imported: ImportResult;
  close(): void;
}

/** Where the store is and how it behaves. */
export interface OpenStoreOptions {
  /** The SQLite file (IOTSEC_STATE_DB). */
  path: string;
  /** The JSON Lines votes file of earlier versions (IOTSEC_FEEDBACK), imported once when it exists. */
  legacyVotesFile?: string;
  busyTimeoutMs?: number;
  bounds?: ConversationBounds;
}

/** Opens the state store: the database (created when missing), then the legacy import. Throws a one-line StoreError. */
export function openStateStore(options: OpenStoreOptions): StateStore {
  const db: Db = openStateDb(options.path, { busyTimeoutMs: options.busyTimeoutMs });
  let imported: ImportResult = { imported: 0, skipped: 0, already: false };
  try {
    if (options.legacyVotesFile) imported = importLegacyVotes(db, options.legacyVotesFile, options.path);
  } catch (error) {
    db.close();
    throw storeError(error, options.path);
  }
  return {
    path: options.path,
    votes: new SqliteVotes(db, options.path),
    conversations: new SqliteConversations(db, options.path, options.bounds),
    imported,
    close: () => db.close(),
  };
}
