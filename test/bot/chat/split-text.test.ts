import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText } from '../../../bot/chat/split-text.ts';

describe('splitText', () => {
  it('prefers a paragraph break, then a sentence end, to a cut mid-word', () => {
    expect(splitText('First part.\n\nSecond part here.', 20)).toEqual(['First part.', 'Second part here.']);
    expect(splitText('One sentence. Another one follows', 20)).toEqual(['One sentence.', 'Another one follows']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps every piece within the limit and loses only whitespace at the breaks (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 1, max: 500 }), (s, max) => {
        const pieces = splitText(s, max);
        expect(pieces.every((p) => p.length <= max)).toBe(true);
        expect(pieces.join('').replace(/\s+/g, '')).toBe(s.replace(/\s+/g, ''));
      }),
    );
  });
});
