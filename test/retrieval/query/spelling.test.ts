import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../retrieval/query/analyze.ts';
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

  it('reads a word one edit from a word whose stem is known, where the stems are further apart ("meetng": "meeting")', () => {
    const index = new SpellingIndex(() => []);
    const known = new Set(['meet', 'contribu', 'registr']);
    const misspelt = (word: string) => index.misspelt(word, (w) => stemWord(w, 'en'), (t) => known.has(t));
    expect(stemWord('meetng', 'en')).toBe('meetng');
    expect(misspelt('meetng')).toBe('meet');
    expect(misspelt('contributons')).toBe('contribu');
    expect(misspelt('registartion')).toBe('registr');
    expect(misspelt('tallinn')).toBeUndefined();
    expect(misspelt('sg17')).toBeUndefined();
  });

  it('corrects no run of letters too long to be a word (its edits would take time in the square of its length)', () => {
    const long = 'convenor'.repeat(6);
    const index = new SpellingIndex(() => [long.slice(1), 'convenor']);
    expect(index.near(long)).toEqual([]);
    expect(index.misspelt(long, (w) => w, () => true)).toBeUndefined();
    expect(index.near('convenr')).toEqual(['convenor']);
  });

  it('keeps the first letter', () => {
    expect(withinOneEdit('bonvenor', 'convenor')).toBe(false);
    expect(withinOneEdit('conevnor', 'convenor')).toBe(true);
  });
});
