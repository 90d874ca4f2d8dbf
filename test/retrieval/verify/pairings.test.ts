import { describe, expect, it } from 'vitest';
import { crossedPairings, pairings } from '../../../retrieval/verify/pairings.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

const SIGNALLING = 'c25-18:s2.2'; // … Recommandation UIT-T Q.3057 (2020) … Recommandations UIT-T Q.3062 (2022) … et Q.3063 (2022) …
const LANGUAGES = 'c25-18:s6.2'; // … y compris en quechua (Équateur), en aymara (Bolivie), en néerlandais (Suriname) et en maltais …

describe('pairs in parentheses', () => {
  it('reads the word before each parenthesis and what it holds', () => {
    expect(pairings('la Recommandation UIT-T Q.3057 (2020), en quechua (Équateur)')).toEqual([
      { head: 'q.3057', inside: '2020' },
      { head: 'quechua', inside: 'equateur' },
    ]);
  });

  it('rejects giving one head what the clause gives another', () => {
    expect(
      reasons('Recommendation ITU-T Q.3062 (2020) describes the use of digital signatures in signalling exchanges [1].', SIGNALLING, 'en'),
    ).toEqual(['wrong-entity: "q.3062 (2020)": the clause writes "q.3062 (2022)" and "q.3057 (2020)"']);
    expect(reasons('Les Lignes directrices ont été traduites en quechua (Bolivie) et en maltais [1].', LANGUAGES, 'fr')).toContainEqual(
      expect.stringMatching(/^wrong-entity: "quechua \(bolivie\)"/),
    );
  });

  it('accepts the pairs the clause writes, and a parenthesis the clause has no pair for', () => {
    expect(
      reasons('Recommendation ITU-T Q.3057 (2020) describes the use of digital signatures in signalling exchanges [1].', SIGNALLING, 'en'),
    ).toEqual([]);
    expect(reasons('Les Lignes directrices ont été traduites en quechua (Équateur) et en aymara (Bolivie) [1].', LANGUAGES, 'fr')).toEqual(
      [],
    );
  });
});

describe('places with their years', () => {
  // Res. 98, recalling a): "la Résolution 197 (Busan, 2014Rév.Dubaï, 2018) de la Conférence de plénipotentiaires …"
  const RES_197 = 'wtsa-res-98:recalling:a';

  it('reads a capitalised place and its year, after a comma or "in" / "en" / "de"', () => {
    expect(pairings('Résolution 197 (Busan, 2014Rév.Dubaï, 2018)')).toEqual([
      { head: '197', inside: 'busan, 2014rev.dubai, 2018' },
      { head: 'busan', inside: '2014' },
      { head: 'dubai', inside: '2018' },
    ]);
    expect(pairings('adoptée à Dubaï en 2014, revised in Buenos Aires in 2017; En 2014')).toEqual([
      { head: 'dubai', inside: '2014' },
      { head: 'buenos aires', inside: '2017' },
    ]);
  });

  it("rejects a conference's venues given each other's years, in any language", () => {
    const swapped = 'La Rés. 197 de la Conférence de plénipotentiaires, adoptée à Dubaï en 2014 puis révisée à Busan en 2018 [1].';
    expect(reasons(swapped, RES_197, 'fr')).toContainEqual(expect.stringMatching(/^wrong-entity: "dubai \(2014\)"/));
    const en = 'Resolution 197 of the Plenipotentiary Conference was adopted in Dubai in 2014 and revised in Busan in 2018 [1].';
    expect(reasons(en, RES_197, 'en')).toContainEqual(expect.stringMatching(/^wrong-entity: "dubai \(2014\)"/));
  });

  it('reads a place dated by month and year: "en Serbie en février 2024"', () => {
    expect(pairings('comme au Maroc en 2025. … en Serbie en février 2024, in Geneva in March 2022')).toEqual([
      { head: 'maroc', inside: '2025' },
      { head: 'serbie', inside: '2024' },
      { head: 'geneva', inside: '2022' },
    ]);
    // C25/18 § 6.4: "… comme au Maroc en 2025, pour soutenir les campagnes nationales … en Serbie en février 2024."
    const morocco = 'Des brochures et des vidéos pédagogiques ont été diffusées au Maroc en 2024 [1].';
    expect(reasons(morocco, 'c25-18:s6.4', 'fr')).toContainEqual(expect.stringMatching(/^wrong-entity: "maroc \(2024\)"/));
    expect(reasons(morocco.replace('2024', '2025'), 'c25-18:s6.4', 'fr')).toEqual([]);
  });

  it('accepts each venue with its own year', () => {
    const right = 'Resolution 197 of the Plenipotentiary Conference was adopted in Busan in 2014 and revised in Dubai in 2018 [1].';
    expect(reasons(right, RES_197, 'en')).toEqual([]);
  });
});

describe('pairs told in prose', () => {
  const twentySix = "Parmi les vingt-six pays qui ont traduit les Lignes directrices de l'UIT sur la protection en ligne des enfants";

  it('rejects two pairs told crosswise, and one head told with the other pair', () => {
    expect(reasons(`${twentySix}, la Bolivie l'a fait en quechua et l'Équateur en aymara [1].`, LANGUAGES, 'fr')).toContainEqual(
      expect.stringMatching(/^wrong-entity: "quechua" goes with "bolivie"/),
    );
    expect(reasons(`${twentySix}, la Bolivie l'a fait en quechua [1].`, LANGUAGES, 'fr')).toContainEqual(
      expect.stringMatching(/^wrong-entity: "quechua" goes with "bolivie"/),
    );
  });

  it('accepts the pairs told in order, and a list dealt out in another order', () => {
    expect(reasons(`${twentySix}, l'Équateur l'a fait en quechua et la Bolivie en aymara [1].`, LANGUAGES, 'fr')).toEqual([]);
    expect(
      reasons(`${twentySix}, certains l'ont fait en quechua et en aymara, pour l'Équateur et la Bolivie [1].`, LANGUAGES, 'fr'),
    ).toEqual([]);
  });

  it('tells an acronym with another name only crosswise: it stands beside many', () => {
    const clause = [
      { head: 'akakpo-lawson', inside: 'togo' },
      { head: 'telecommunications', inside: 'gcdt', acronym: true },
    ];
    expect(crossedPairings('Le GCDT a approuvé la nomination de Sélom Akakpo-Lawson', clause)).toEqual([]);
    expect(pairings('le Groupe consultatif pour le développement des télécommunications (GCDT)')).toEqual([
      { head: 'telecommunications', inside: 'gcdt', acronym: true },
    ]);
  });
});
