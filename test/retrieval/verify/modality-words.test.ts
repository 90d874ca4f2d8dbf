import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { stanceConflict, stanceOf } from '../../../retrieval/verify/polarity.ts';

const stance = (text: string, lang: Lang) => stanceOf(text, lang);

describe('the modality words of a sentence', () => {
  it('read the ITU\'s "Recommendations" as a kind of text, not as a recommendation (ACP-2, instructs the Director of BDT, 4)', () => {
    const item =
      'de travailler en étroite coopération avec le Directeur du Bureau des radiocommunications (BR) et le Directeur du ' +
      'Bureau de la normalisation des télécommunications (TSB) afin de fournir une assistance aux Etats Membres concernant ' +
      "l'utilisation et l'interprétation des Recommandations de l'UIT;";
    expect(stance(item, 'fr')).toMatchObject({ softens: false, recommends: false });
    const charged = stance("Le Directeur du BDT est chargé d'aider les États Membres à interpréter les Recommandations de l'UIT.", 'fr');
    expect(stanceConflict(charged, stance(item, 'fr'))).toBeUndefined();
    expect(stance('Member States should apply ITU-T Recommendations.', 'en').recommends).toBe(true);
    expect(stance('ITU-T Recommendations on IoT security were approved.', 'en').softens).toBe(false);
    expect(stance('se aprobaron 36 Recomendaciones.', 'es').softens).toBe(false);
    expect(stance('le Groupe recommande de poursuivre les travaux.', 'fr').recommends).toBe(true);
  });
});
