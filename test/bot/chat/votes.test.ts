import { describe, expect, it } from 'vitest';
import { hashUser } from '../../../bot/chat/votes.ts';

describe('hashUser', () => {
  it('is stable, salted and short, and never contains the id', () => {
    expect(hashUser('U0ANA')).toBe(hashUser('U0ANA'));
    expect(hashUser('U0ANA')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashUser('U0ANA')).not.toBe(hashUser('U0ANA', 'other-salt'));
  });
});
