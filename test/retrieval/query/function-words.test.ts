import { describe, expect, it } from 'vitest';
import { describeFunctionWords, isFunctionWord } from '../../../retrieval/query/function-words.ts';

describe('the function-word table (retrieval/query/data/function-words.json)', () => {
  it('records where it comes from and holds each language’s Snowball list', () => {
    const { words, source } = describeFunctionWords();
    expect(source.debian).toMatch(/^liblingua-stopwords-perl \d/);
    expect(source.licence).toMatch(/GPL/);
    expect(words.en).toBeGreaterThan(100);
    expect(words.fr).toBeGreaterThan(100);
    expect(words.es).toBeGreaterThan(250);
  });

  it('holds words as analysis tokenizes them, per language', () => {
    expect(isFunctionWord('weren', 'en')).toBe(true); // "weren't"
    expect(isFunctionWord('estaban', 'es')).toBe(true);
    expect(isFunctionWord('estados', 'es')).toBe(false);
    expect(isFunctionWord('estaban', 'en')).toBe(false);
    expect(isFunctionWord(undefined, 'en')).toBe(false);
  });
});
