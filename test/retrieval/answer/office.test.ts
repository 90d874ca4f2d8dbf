import { describe, expect, it } from 'vitest';
import { holdsOffice } from '../../../retrieval/answer/office.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';
import { questionForm } from '../../../retrieval/query/question-form.ts';
import type { Clause } from '../../../retrieval/types.ts';
import { seedClause, seedStages } from '../../helpers/seed-corpus.ts';

const text = (t: string, context = ''): Clause => ({ id: 'x:p1', docId: 'x', label: 'X › ¶ 1', text: t, context, start: 0, end: t.length });

describe('the office asked about', () => {
  const CONVENORS = seedClause('tsb-circ-67:annex-a:working-methods:item-6'); // Coresponsables du Groupe … Président du GT 2/17 …
  const holds = (question: string, lang: 'en' | 'fr' | 'es', clause: Clause) => {
    const groups = plainGroups(analyzeQuery(question, lang));
    return holdsOffice(questionForm(question, lang, groups), clause, groups, 'fr');
  };
  // With the glossary and lexicon: "IA" is "AI", "grupo" is "group", "ITU-T" is "UIT-T".
  const holdsExpanded = (question: string, lang: 'en' | 'fr' | 'es', clause: Clause) => {
    const groups = seedStages().concepts.of(question, lang);
    return holdsOffice(questionForm(question, lang, groups), clause, groups, 'fr');
  };

  it('is held in the clause when the office word stands next to what it is the office of', () => {
    expect(holds('who chairs WP 2/17?', 'en', CONVENORS)).toBe(true);
    expect(holds('qui préside le GT 3/20 ?', 'fr', CONVENORS)).toBe(true);
    // A group's chairs may be its co-convenors.
    expect(holds('who chairs the JCG-IoTSec?', 'en', CONVENORS)).toBe(true);
  });

  it('is not held when the clause gives the office of something else, even naming the thing asked about', () => {
    // "… nommés respectivement par la Commission d'études 17 …": SG17 is named, its chair is not.
    expect(holds('who chairs SG17?', 'en', CONVENORS)).toBe(false);
    expect(holds('¿quién preside la CE 20?', 'es', CONVENORS)).toBe(false);
    expect(holds('who is the vice-chair of the JCG-IoTSec?', 'en', CONVENORS)).toBe(false);
  });

  it('is held when one thing asked about stands by the office word and the others are in the clause or its headings', () => {
    const report = text(
      'La réunion a été présidée par Mme Hannelore Vogt (Institut Fraunhofer HHI, Allemagne), Présidente du Groupe FG-AI4NDM.',
      'Report of the second meeting of the Focus Group on AI for Natural Disaster Management (FG-AI4NDM)',
    );
    const fg = '¿Quién preside el Grupo Temático sobre IA para la gestión de catástrofes naturales (FG-AI4NDM)?';
    expect(holdsExpanded(fg, 'es', report)).toBe(true);
    // A letter's copy line names the offices of the circular's body, not the chair of the group its subject creates.
    const copy = text(
      'Aux Président et Vice-Présidents de la Commission d’études 17 de l’UIT-T',
      'TSB Circular 112: Creation of FG-AIHealthSec',
    );
    expect(holdsExpanded('Who chairs the FG-AIHealthSec?', 'en', copy)).toBe(false);
  });

  it('is that of what the clause named before, after a possessive', () => {
    const letter = text(
      'La Commission d’études 11 est présidée par Mme Lamia Benchekroun (Maroc). Ses Vice-Présidents sont M. Tiago Lopes.',
      'Lettre collective 4/11 du TSB: réunion de la Commission d’études 11 de l’UIT-T',
    );
    expect(holdsExpanded('Who are the vice-chairs of ITU-T Study Group 11?', 'en', letter)).toBe(true);
    expect(holdsExpanded('Who are the vice-chairs of Study Group 12?', 'en', letter)).toBe(false);
  });

  it("is held by the people listed after an office of no other group, in a clause under the group's title", () => {
    // TSAG-TD 219, the report of JCA-SCR to TSAG, § 3.1 (eval/unseen/tune-en-4).
    const report = 'Report of JCA-SCR to TSAG: first and second meetings (May – October 2027)';
    const appointed = text(
      'The first meeting confirmed Ms Ingrid Solheim (Norway) as Convener and appointed three Vice-Conveners: Mr Tevita Fonua (Tonga), ' +
        'Ms Dalia Mansour (Egypt) and Mr Hiroki Tanabe (Japan).',
      report,
    );
    expect(holds('Who are the Vice-Conveners of JCA-SCR?', 'en', appointed)).toBe(true);
    // Not listed after it ("Up to three Vice-Conveners will be appointed"), or beside another group: not held.
    expect(holds('Who are the Vice-Conveners of JCA-SCR?', 'en', text('Up to three Vice-Conveners will be appointed.', report))).toBe(
      false,
    );
    expect(holds('Who are the Vice-Conveners of JCA-SCR?', 'en', text('SG15 appointed two Vice-Conveners: Mr A and Ms B.', report))).toBe(
      false,
    );
  });

  it('asks nothing of a question that names no office', () => {
    expect(holds('who are the co-convenors?', 'en', CONVENORS)).toBe(true);
  });
});
