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

describe('a restriction to what is little already', () => {
  // Res. 98, notant d): "ne disposer que de ressources limitées" says what "disposer de ressources limitées" says.
  it('restricts nothing', () => {
    const clause =
      "qu'il convient d'accorder une attention particulière aux pays en développement, … étant donné que ces pays " +
      'pourraient disposer de ressources limitées pour construire une société inclusive,';
    const sentence = stance('Ces pays pourraient ne disposer que de ressources limitées pour bâtir une société inclusive.', 'fr');
    expect(sentence.restricts).toBe(false);
    expect(stanceConflict(sentence, stance(clause, 'fr'))).toBeUndefined();
    expect(stance('These countries may have only limited resources.', 'en').restricts).toBe(false);
    expect(stance('Estos países solo disponen de recursos limitados.', 'es').restricts).toBe(false);
    // A restriction to anything else still restricts.
    expect(stance('Le groupe ne travaille que par courrier électronique.', 'fr').restricts).toBe(true);
    expect(stance('Only members may attend.', 'en').restricts).toBe(true);
  });
});

describe('a restriction said by a verb', () => {
  // The GCA guidelines (C22/32), § 1.4: "deux consultations ouvertes … à l'intention de toutes les parties prenantes du SMSI".
  it('is read in Spanish as in French ("se limitaron a", "se limitant à"), a bound on a number still none', () => {
    expect(stance('Las consultas abiertas se limitaron a los Estados Miembros', 'es').restricts).toBe(true);
    expect(stance('El acceso se restringe al personal de la UIT', 'es').restricts).toBe(true);
    expect(stance('La participación se limita a 2 delegados', 'es').restricts).toBe(false);
  });
});
