import { describe, expect, it } from 'vitest';
import { setAgainstBlanked, stanceOf } from '../../../retrieval/verify/polarity.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// GCA Guidelines, pillar 2 a): "… et recommander aux États Membres d'adopter ces lignes directrices à titre volontaire et
// en temps utile."
const VOLUNTARY = 'c22-32-gca:section-3:a';

describe('a modality word set against what the sentence says ("voluntarily, not mandatory")', () => {
  it('is no denial: the sentence says the other word', () => {
    expect(stanceOf('adopt them voluntarily, not as a mandatory requirement', 'en').negated).toBe(false);
    expect(stanceOf('les adopter à titre volontaire et non obligatoire', 'fr').negated).toBe(false);
    expect(stanceOf('adoptarlas de forma voluntaria, no obligatoria, y a su debido tiempo', 'es').negated).toBe(false);
    // "Mandatory, not voluntary" says mandatory: an obligation, the voluntary set aside.
    const flipped = stanceOf('adopt them as mandatory, not voluntary', 'en');
    expect([flipped.negated, flipped.obliges]).toEqual([false, true]);
  });

  it('leaves every other denial after a comma a denial', () => {
    expect(stanceOf('the guidelines are published, not adopted', 'en').negated).toBe(true);
    expect(stanceOf('las directrices se publican, no se aplican', 'es').negated).toBe(true);
    expect(setAgainstBlanked('publiées et non adoptées', 'fr')).toBe('publiées et non adoptées');
  });

  it('accepts the faithful sentence in each language, and adds nothing the clause must carry', () => {
    const en =
      'Study groups should recommend that Member States adopt these guidelines voluntarily, not as a mandatory requirement [1].';
    const fr =
      "Les commissions d'études devraient recommander aux États Membres d'adopter ces lignes directrices à titre volontaire" +
      ' et non obligatoire [1].';
    const es =
      'Las comisiones de estudio deberían recomendar a los Estados Miembros que adopten esas directrices de forma voluntaria,' +
      ' no obligatoria [1].';
    expect(reasons(en, VOLUNTARY, 'en')).toEqual([]);
    expect(reasons(fr, VOLUNTARY, 'fr')).toEqual([]);
    expect(reasons(es, VOLUNTARY, 'es')).toEqual([]);
  });

  it('still rejects the reverse: an obligation with the voluntary set aside, or a plain denial', () => {
    const mandatory = 'Study groups should require Member States to adopt these guidelines as mandatory, not voluntary [1].';
    expect(reasons(mandatory, VOLUNTARY, 'en').join(' ')).toContain('wrong-polarity');
    const denied = 'Study groups should not recommend that Member States adopt these guidelines voluntarily [1].';
    expect(reasons(denied, VOLUNTARY, 'en').join(' ')).toContain('wrong-polarity');
  });
});
