import { describe, expect, it } from 'vitest';
import { clauseButtonId, parseButtonId, voteButtonId } from '../../../bot/discord/button-ids.ts';

describe('button custom_ids', () => {
  it('round-trips button ids, hashing clause ids too long for a custom_id', () => {
    const short = 'tsb-circ-67:annex-a:working-methods:item-6';
    expect(parseButtonId(clauseButtonId(short))).toEqual({ kind: 'clause', clauseId: short });
    const long = `doc:${'section-'.repeat(20)}item-1`;
    const id = clauseButtonId(long);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toEqual({ kind: 'clause', clauseId: long });
    expect(parseButtonId('clauseref:unknown')).toEqual({ kind: 'expired' });
    expect(parseButtonId('vote:down:abc')).toEqual({ kind: 'vote', vote: 'down', answerKey: 'abc' });
    expect(parseButtonId('something-else')).toEqual({ kind: 'unknown' });
  });

  it('keeps a vote button id within 100 characters for the 12-character answer keys', () => {
    expect(voteButtonId('down', 'AbCdEfGhIjKl')).toBe('vote:down:AbCdEfGhIjKl');
    expect(parseButtonId(voteButtonId('up', 'AbCdEfGhIjKl'))).toEqual({ kind: 'vote', vote: 'up', answerKey: 'AbCdEfGhIjKl' });
  });
});
