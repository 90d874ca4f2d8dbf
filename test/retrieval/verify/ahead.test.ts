import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const aheadReasons = (text: string, id: string, lang: 'en' | 'fr' | 'es') =>
  reasons(text, id, lang).filter((r) => r.includes('puts up for approval'));

// "Suite à la C21/VCC-1, les États Membres du Conseil ont pris note du rapport du secrétariat … Le secrétariat devra
// présenter un document révisé pour examen et approbation à la prochaine session du Conseil."
const AFTER_VCC_1 = 'c22-32-gca:summary:para-7';

describe('an approval the clause puts ahead, stated as done', () => {
  it('flags "approved" where the clause only puts the document up for approval, in each language', () => {
    const fr = "À l'issue de la C21/VCC-1, les États Membres du Conseil ont approuvé le projet de lignes directrices [1].";
    expect(aheadReasons(fr, AFTER_VCC_1, 'fr')).toHaveLength(1);
    const en = 'After C21/VCC-1, the Council Member States adopted the draft guidelines [1].';
    expect(aheadReasons(en, AFTER_VCC_1, 'en')).toHaveLength(1);
    const es = 'Tras la C21/VCC-1, los Estados Miembros del Consejo aprobaron el proyecto de directrices [1].';
    expect(aheadReasons(es, AFTER_VCC_1, 'es')).toHaveLength(1);
  });

  it('accepts the approval said as still to come, or not yet given', () => {
    const fr = 'Le secrétariat devra présenter un document révisé, qui sera approuvé ou non à la prochaine session du Conseil [1].';
    expect(aheadReasons(fr, AFTER_VCC_1, 'fr')).toEqual([]);
    const en = 'After C21/VCC-1 the draft guidelines were not yet approved: a revised document goes to the next session for approval [1].';
    expect(aheadReasons(en, AFTER_VCC_1, 'en')).toEqual([]);
  });

  it('leaves an approval the clause states as done alone', () => {
    // "La version finale des Lignes directrices (Document C22/32 (Rév.2)) a été approuvée par le Conseil à sa session de 2022."
    const approved = 'The final Guidelines (C22/32 (Rev.2)) were approved by the Council at its 2022 session [1].';
    expect(aheadReasons(approved, 'c22-32-gca:summary:para-4', 'en')).toEqual([]);
  });
});
