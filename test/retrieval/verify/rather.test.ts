import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// "que l'UIT-T devrait jouer un rôle de premier plan dans l'élaboration de normes pour l'IoT et les villes et
// communautés intelligentes …"
const LEADING = 'wtsa-res-98:considering:i-2';
const setAside = (text: string, lang: 'en' | 'fr' | 'es') => reasons(text, LEADING, lang).filter((r) => r.includes('sets aside'));

describe('what a sentence sets aside ("rather than", "plutôt que", "en lugar de")', () => {
  it('flags setting aside what the clause says for something it does not', () => {
    const sentence = 'ITU-T should play a supporting rather than a leading role in developing standards for the IoT [1].';
    expect(setAside(sentence, 'en')).toHaveLength(1);
    const french = "L'UIT-T devrait jouer un rôle d'appui plutôt qu'un rôle de premier plan dans l'élaboration de normes [1].";
    expect(setAside(french, 'fr')).toHaveLength(1);
  });

  it('accepts setting aside what the clause does not say, for what it says', () => {
    const sentence = 'ITU-T should play a leading rather than a supporting role in developing standards for the IoT [1].';
    expect(setAside(sentence, 'en')).toEqual([]);
  });
});
