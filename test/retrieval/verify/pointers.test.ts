import { describe, expect, it } from 'vitest';
import { foldCased } from '../../../retrieval/verify/fact.ts';
import { genericReference } from '../../../retrieval/verify/pointers.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// Res. 98, considering i): "que l'UIT-T devrait jouer un rôle de premier plan dans l'élaboration de normes relatives à
// l'Internet des objets (IoT) et aux villes et communautés intelligentes …"
const LEADING_ROLE = 'wtsa-res-98:considering:i-2';

describe('the cited document called by its kind', () => {
  it('reads "the resolution", "ce texte", "el informe" as a pointer, not as a claim', () => {
    // The rules read the sentence folded (accents off, one apostrophe).
    const text = foldCased('Selon la résolution, d’après ce texte et según el informe');
    expect(text.replace(genericReference('resolution'), '_')).toBe("Selon _, d'apres _ et segun el informe");
    expect(text.replace(genericReference('report'), '_')).toBe("Selon la resolution, d'apres _ et segun _");
  });

  it('leaves another document named by number to the facts check ("le Document 18 révisé")', () => {
    expect('le Document 18 révisé et the document n° 71'.replace(genericReference('report'), '_')).toBe(
      'le Document 18 révisé et the document n° 71',
    );
  });

  it('accepts a faithful sentence that opens with an attribution to the cited document, in any language', () => {
    const fr = "Selon la résolution, l'UIT-T devrait jouer un rôle de premier plan dans l'élaboration des normes sur l'IoT [1].";
    expect(reasons(fr, LEADING_ROLE, 'fr')).toEqual([]);
    const en = 'According to the resolution, ITU-T should play a leading role in developing IoT standards [1].';
    expect(reasons(en, LEADING_ROLE, 'en')).toEqual([]);
  });

  it('still rejects what the attribution frames: a flipped modality stays a flipped modality', () => {
    const flipped =
      "Selon la résolution, l'UIT-T ne devrait pas jouer un rôle de premier plan dans l'élaboration des normes sur l'IoT [1].";
    expect(reasons(flipped, LEADING_ROLE, 'fr').join(' ')).toContain('wrong-polarity');
  });
});
