import { describe, expect, it } from 'vitest';
import { LEXICON_PATH } from '../../../retrieval/open-assistant.ts';
import { akin } from '../../../retrieval/query/kinship.ts';
import { Lexicon } from '../../../retrieval/query/lexicon.ts';

const lexicon = Lexicon.fromFile(LEXICON_PATH);

describe('words the general lexicon relates', () => {
  it('relates a word to its thesaurus synonym, either way round', () => {
    expect(akin(lexicon, 'dirig', 'respons', 'fr')).toBe(true);
    expect(akin(lexicon, 'respons', 'dirig', 'fr')).toBe(true);
  });

  it('does not relate words of different things', () => {
    expect(akin(lexicon, 'dirig', 'ingenieur', 'fr')).toBe(false);
    expect(akin(lexicon, 'pay', 'dirig', 'fr')).toBe(false);
  });
});
