import { describe, expect, it } from 'vitest';
import { SpellingIndex, withinOneEdit } from '../../../retrieval/query/spelling.ts';

describe('typo tolerance', () => {
  it('finds known terms one insertion, deletion, substitution or transposition away', () => {
    const index = new SpellingIndex(() => ['convenor', 'deadlin', 'secretariat', 'contribut']);
    expect(index.near('convnor')).toEqual(['convenor']);
    expect(index.near('deadin')).toEqual(['deadlin']);
    expect(index.near('secretraiat')).toEqual(['secretariat']);
    expect(index.near('secrtraiat')).toEqual([]);
    expect(index.near('secertariat')).toEqual(['secretariat']);
    expect(index.near('sg17')).toEqual([]);
    expect(index.near('cont')).toEqual([]);
  });

  it('keeps the first letter', () => {
    expect(withinOneEdit('bonvenor', 'convenor')).toBe(false);
    expect(withinOneEdit('conevnor', 'convenor')).toBe(true);
  });
});
