import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

// JCG-IoTSec ToR, working methods: "Les résultats des activités du groupe feront l'objet d'un rapport un mois avant chaque
// réunion de la CE 17 et de la CE 20, respectivement." and "L'annonce des réunions, y compris du projet d'ordre du jour, se
// fera par courrier électronique au moins une semaine à l'avance."
const BOTH = 'tsb-circ-67:annex-a:working-methods:item-3 tsb-circ-67:annex-a:working-methods:item-5';
const said = (announced: string, reported: string) =>
  `Les réunions du groupe sont annoncées au moins ${announced} à l'avance, et ses résultats font l'objet d'un rapport ` +
  `${reported} avant chaque réunion de la CE 17 et de la CE 20 [1][2].`;

describe('values swapped between two clauses', () => {
  it('reads a length of time with its unit, and weighs values of two clauses by their whole sentences', () => {
    expect(reasons(said('un mois', 'une semaine'), BOTH, 'fr')).toEqual([
      'wrong-entity: "un mois" and "une semaine": the clause gives each to what the sentence gives the other',
    ]);
  });

  it('accepts each length with what the clauses give it to', () => {
    expect(reasons(said('une semaine', 'un mois'), BOTH, 'fr')).toEqual([]);
  });
});

// C25/18 § 4.3: "… un cours de formation en ligne adapté au rythme de chacun sur les stratégies nationales en matière de
// cybersécurité a été lancé en 2021 et suivi en 2023 par plus de 730 participants issus de 131 pays …"
const COURSE = 'c25-18:s4.3';
const course = (launched: string, taken: string) =>
  `The self-paced online course on national cybersecurity strategies was launched in ${launched} and had been taken by ` +
  `more than 730 participants from 131 countries in ${taken} [1].`;

describe('years swapped between the statements of one clause sentence', () => {
  it('are caught, an English sentence against the French clause', () => {
    expect(reasons(course('2023', '2021'), COURSE, 'en')).toContain(
      'wrong-entity: "2023" and "2021": the clause gives each to what the sentence gives the other',
    );
    expect(reasons(course('2021', '2023'), COURSE, 'en')).toEqual([]);
  });
});

describe('one value set on what the clause does with another', () => {
  it('is caught when the words around it are all in the other year’s statement, in French and in English', () => {
    const fr = 'Lancé en 2023, ce cours en ligne sur les stratégies nationales de cybersécurité a réuni 730 participants [1].';
    const en = 'Launched in 2023, the self-paced course on national cybersecurity strategies drew 730 participants [1].';
    const reason = 'wrong-entity: "2023": the clause gives that value to another statement than the one the sentence makes';
    expect(reasons(fr, COURSE, 'fr')).toContain(reason);
    expect(reasons(en, COURSE, 'en')).toContain(reason);
  });

  it('accepts each year with its own statement, and a year alone in its part', () => {
    expect(reasons('Le cours en ligne sur les stratégies nationales de cybersécurité a été lancé en 2021 [1].', COURSE, 'fr')).toEqual([]);
    const taken = 'In 2023, more than 730 participants from 131 countries took the self-paced online course [1].';
    const launched = 'Launched in 2021, the self-paced online course on national cybersecurity strategies drew 730 participants [1].';
    expect(reasons(taken, COURSE, 'en')).toEqual([]);
    expect(reasons(launched, COURSE, 'en')).toEqual([]);
  });
});
