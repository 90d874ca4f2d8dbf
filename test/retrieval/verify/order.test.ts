import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const orderReasons = (text: string, id: string, lang: 'en' | 'fr' | 'es') =>
  reasons(text, id, lang).filter((r) => r.includes('the reverse'));

// "Lors des discussions qui ont eu lieu en plénière juste avant l'adoption de cette Résolution, le Secrétaire général …"
const PLENARY = 'c22-32-gca:s1.2';
// "Les résultats des activités du groupe feront l'objet d'un rapport un mois avant chaque réunion de la CE 17 et de la CE 20"
const REPORTS = 'tsb-circ-67:annex-a:working-methods:item-3';
// "Lesdites activités seront menées principalement par le biais de la liste de diffusion …"
const MAILING_LIST = 'tsb-circ-67:annex-a:working-methods:item-4';

describe('before and after', () => {
  it('flags an event put after what the clause puts it before, in any language', () => {
    const noted = "le Secrétaire général a noté que l'importance du Programme GCA avait été largement reconnue [1].";
    expect(orderReasons(`Juste après l'adoption de la Résolution, ${noted}`, PLENARY, 'fr')).toHaveLength(1);
    const reported = 'Le groupe rend compte de ses résultats un mois après chaque réunion de la CE 17 [1].';
    expect(orderReasons(reported, REPORTS, 'fr')).toHaveLength(1);
    expect(orderReasons("The group's results are reported one month after each SG17 and SG20 meeting [1].", REPORTS, 'en')).toHaveLength(1);
    expect(orderReasons('Los resultados se presentan un mes después de cada reunión de la CE 17 [1].', REPORTS, 'es')).toHaveLength(1);
  });

  it('accepts the clause’s order, and order words about something else', () => {
    const noted = "le Secrétaire général a noté que l'importance du Programme GCA avait été largement reconnue [1].";
    expect(orderReasons(`Juste avant l'adoption de la Résolution, ${noted}`, PLENARY, 'fr')).toEqual([]);
    expect(orderReasons("The group's results are reported one month before each SG17 and SG20 meeting [1].", REPORTS, 'en')).toEqual([]);
    // "avant tout" is "above all"; the clause has no order word at all.
    expect(orderReasons('Les échanges du groupe passeront avant tout par sa liste de diffusion [1].', MAILING_LIST, 'fr')).toEqual([]);
    expect(orderReasons('After the first meeting, work is carried out mainly on the mailing list [1].', MAILING_LIST, 'en')).toEqual([]);
  });

  // "que l'utilisation de l'Internet des objets se généralisera de plus en plus dans de nombreux domaines en raison des
  // applications très diverses dans le secteur des TIC et dans d'autres secteurs;"
  const SPREAD = 'wtdc17-acp-2:noting:b';

  it('flags few where the clause says many, and the reverse', () => {
    const few = 'The use of the Internet of Things will remain confined to a few areas of the ICT sector [1].';
    expect(orderReasons(few, SPREAD, 'en')).toHaveLength(1);
    expect(orderReasons("L'utilisation de l'Internet des objets se généralisera dans peu de domaines [1].", SPREAD, 'fr')).toHaveLength(1);
    expect(orderReasons('El uso de la Internet de las cosas se generalizará en muchos ámbitos [1].', SPREAD, 'es')).toEqual([]);
    expect(orderReasons('The use of the Internet of Things will spread to many areas [1].', SPREAD, 'en')).toEqual([]);
  });
});
