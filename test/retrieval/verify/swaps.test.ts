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
