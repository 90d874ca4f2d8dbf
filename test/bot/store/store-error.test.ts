import { describe, expect, it } from 'vitest';
import { StoreError, storeError } from '../../../bot/store/store-error.ts';

const sqlite = (code: string, message = 'detail\nmore') => Object.assign(new Error(message), { code });

describe('storeError', () => {
  it('says locked, damaged or unavailable in one line naming the file', () => {
    expect(storeError(sqlite('SQLITE_BUSY'), '/x.db')).toMatchObject({
      reason: 'locked',
      message: expect.stringMatching(/^The state store \/x\.db is locked/),
    });
    expect(storeError(sqlite('SQLITE_NOTADB'), '/x.db').reason).toBe('damaged');
    expect(storeError(sqlite('SQLITE_CORRUPT'), '/x.db').reason).toBe('damaged');
    expect(storeError(sqlite('SQLITE_CANTOPEN'), '/x.db').reason).toBe('unavailable');
    expect(storeError(sqlite('SQLITE_BUSY'), '/x.db').message).not.toContain('\n');
  });

  it('keeps an error that is already a StoreError, and the cause of a new one', () => {
    const first = storeError(sqlite('SQLITE_BUSY'), '/x.db');
    expect(storeError(first, '/y.db')).toBe(first);
    expect(first).toBeInstanceOf(StoreError);
    expect((first.cause as Error).message).toBe('detail\nmore');
  });
});
