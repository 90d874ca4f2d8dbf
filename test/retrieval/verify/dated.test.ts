import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// La première réunion du Groupe JCG-IoTSec se tiendra … à Genève, le 17 septembre 2025 de 13 heures à 14 heures …
// Elle aura lieu à l'occasion de la réunion de la Commission d'études 20 … qui se tiendra du 15 au 25 septembre 2025.
const MEETING = 'tsb-circ-67:p6';

describe('dates bound to their statement', () => {
  it('rejects the date and time of one statement of the clause given to another', () => {
    const sg20 = 'The SG20 meeting on the Internet of Things, digital twins and smart cities will take place on 17 September 2025';
    expect(reasons(`${sg20} from 13:00 to 14:00 [1].`, MEETING, 'en')).toEqual([
      expect.stringMatching(/^wrong-entity: "17 september 2025" is the date of another statement/),
      expect.stringMatching(/^wrong-entity: "13:00" is the date of another statement/),
      expect.stringMatching(/^wrong-entity: "14:00" is the date of another statement/),
    ]);
  });

  it('accepts each date with its own statement, and a sentence that joins both', () => {
    expect(
      reasons('The first JCG-IoTSec meeting will be held in Geneva on 17 September 2025 from 13:00 to 14:00 [1].', MEETING, 'en'),
    ).toEqual([]);
    expect(
      reasons(
        'The SG20 meeting on the Internet of Things, digital twins and smart cities runs from 15 to 25 September 2025 [1].',
        MEETING,
        'en',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'The first JCG-IoTSec meeting, on 17 September 2025 from 13:00 to 14:00, takes place during the SG20 meeting [1].',
        MEETING,
        'en',
      ),
    ).toEqual([]);
  });
});

describe('bodies bound to their statement', () => {
  // C25/18 § 6.6: "L'initiative … (PoP), codirigée par l'UIT et la Représentante spéciale du Secrétaire général de l'ONU
  // …, rassemble plus de 30 partenaires … Parallèlement, l'UIT collabore avec le Comité des droits de l'enfant, l'UNICEF …"
  const POP = 'c25-18:s6.6';

  it('rejects a body of a later statement of the clause given a part in the one the sentence rests on', () => {
    const said = 'The PoP initiative is co-led by ITU and UNICEF and brings together more than 30 partners from the UN system [1].';
    expect(reasons(said, POP, 'en')).toEqual([expect.stringMatching(/^wrong-entity: "UNICEF" is named in another statement/)]);
    expect(
      reasons(
        "L'UIT collabore avec l'UNICEF pour rédiger une déclaration commune sur l'IA et la protection en ligne des enfants [1].",
        POP,
        'fr',
      ),
    ).toEqual([]);
  });

  it('rejects a body named earlier only in brackets, an aside no later statement carries on', () => {
    // C25/18 § 4.5: "… de cybercriminalité (en coopération avec l'ONUDC) en 2024. En 2025, la portée géographique de cette
    // initiative a été élargie pour inclure tous les membres de l'Union africaine, ainsi que cinq pays de la région Amériques
    // (en coopération avec l'OEA) …"
    const extended = (body: string) =>
      "En 2025, l'initiative Her CyberTracks a été étendue à tous les membres de l'Union africaine ainsi qu'à cinq pays de " +
      `la région Amériques, en coopération avec l'${body} [1].`;
    expect(reasons(extended('ONUDC'), 'c25-18:s4.5', 'fr')).toEqual([expect.stringMatching(/^wrong-entity: "ONUDC" is named in another/)]);
    expect(reasons(extended('OEA'), 'c25-18:s4.5', 'fr')).toEqual([]);
  });

  it('rejects a place of another statement of the clause put in the list of the one the sentence rests on', () => {
    // C25/18 § 6.1: "… dans les 13 pays suivants: Albanie, Arménie, … Pérou, Suriname et Thaïlande. D'autres mesures
    // d'aide en matière de politiques sont mises en œuvre en Andorre, en Eswatini et au Liban."
    const supported = (among: string) =>
      'By April 2025, ITU had supported national child online protection frameworks or assessments in 13 countries, ' +
      `among them Albania, Bhutan and ${among} [1].`;
    expect(reasons(supported('Lebanon'), 'c25-18:s6.1', 'en')).toEqual([expect.stringMatching(/^wrong-entity: "lebanon" is named in/)]);
    expect(reasons(supported('Peru'), 'c25-18:s6.1', 'en')).toEqual([]);
    expect(reasons('Further policy support is under way in Andorra, Eswatini and Lebanon [1].', 'c25-18:s6.1', 'en')).toEqual([]);
  });

  it('leaves alone a body named earlier in the clause, and the document’s own author', () => {
    // Circular 67 annex A: "Le Groupe JCG-IoTSec est ouvert aux organisations … Il n'est pas nécessaire d'être membre …" (the group
    // is named once and carried on); ACP-2 Motifs: "… aucune Résolution de la CMDT ne porte sur l'IoT. Les Membres de l'APT notent …".
    const open =
      "Toute entité habilitée à prendre part aux travaux de normalisation des CE 17 et 20 de l'UIT-T peut rejoindre le JCG-IoTSec [1].";
    expect(reasons(open, 'tsb-circ-67:annex-a:working-methods:item-2', 'fr')).toEqual([]);
    // A sentence that says both statements may name the body of either (the SG20 meeting of the later one, of "l'UIT-T").
    const both =
      "Le Groupe JCG-IoTSec tiendra sa première réunion au siège de l'UIT, à Genève, " +
      "en marge de la réunion de la Commission d'études 20 de l'UIT-T [1].";
    expect(reasons(both, MEETING, 'fr')).toEqual([]);
    const apt = "Les Membres de l'APT relèvent qu'aucune résolution de la CMDT ne porte actuellement sur l'Internet des objets [1].";
    expect(reasons(apt, 'wtdc17-acp-2:reasons:para-2', 'fr')).toEqual([]);
  });
});
