import { describe, expect, it } from 'vitest';
import { answersForm } from '../../../retrieval/answer/evidence.ts';
import { ClauseList } from '../../../retrieval/ingest/clause-store.ts';
import { questionForm } from '../../../retrieval/query/question-form.ts';
import type { Clause, Hit } from '../../../retrieval/types.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const context = 'Lettre collective 4/11 du TSB: réunion de la Commission d’études 11 de l’UIT-T';
const clause = (id: string, label: string, text: string, scope?: 'document'): Clause => ({
  id,
  docId: 'l',
  label,
  text,
  context,
  start: 0,
  end: text.length,
  ...(scope ? { scope } : {}),
});
const COPY = clause(
  'l:copy',
  'Collective letter 4/11 › Copy to',
  'Aux Président et Vice-Présidents de la Commission d’études 11 de l’UIT-T',
  'document',
);
const BODY = clause(
  'l:p9',
  'Collective letter 4/11 › ¶ 9',
  'La Commission d’études 11 est présidée par Mme Lamia Benchekroun (Maroc). Ses Vice-Présidents sont M. Tiago Lopes (Brésil).',
);
const store = new ClauseList(
  [COPY, BODY],
  [{ id: 'l', file: 'l.txt', title: context, citation: 'Collective letter 4/11', short: 'Collective letter 4/11', language: 'fr' }],
);
const hit = (c: Clause, index: number): Hit => ({ index, clause: c, lexical: 1, dense: 0, fused: 1, strength: 1, coverage: 1 });

describe("a letter's lists of addressees and copies", () => {
  it('hold no office: they address the chair and vice-chairs, the body of the letter names them', () => {
    for (const q of ['Who are the vice-chairs of ITU-T Study Group 11?', 'Who chairs ITU-T Study Group 11?']) {
      const groups = seedStages().concepts.of(q, 'en');
      const input = { form: questionForm(q, 'en', groups), groups, store };
      expect(answersForm(input, hit(COPY, 0)), q).toBe(false);
      expect(answersForm(input, hit(BODY, 1)), q).toBe(true);
    }
  });
});
