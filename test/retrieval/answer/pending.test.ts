import { describe, expect, it } from 'vitest';
import { saysPending } from '../../../retrieval/answer/pending.ts';
import { questionForm } from '../../../retrieval/query/question-form.ts';
import type { Clause } from '../../../retrieval/types.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const clause = (text: string): Clause => ({
  id: 'ls:p6',
  docId: 'ls',
  label: 'SG17-LS 187 › ¶ 6',
  text,
  context: '',
  start: 0,
  end: text.length,
});
// SG17-LS 187, ¶ 6 (eval/unseen/tune-en-6): a date in one sentence, the meeting asked about in the next.
const P6 = clause(
  'Replies should be sent by 30 June 2033 to the contacts above, so that they can be considered at the next SG17 meeting. ' +
    'Question 16/17 also plans to hold an interim Rapporteur group meeting before that meeting; its dates and venue will be ' +
    'announced in a TSB collective letter.',
);
const pending = (q: string, c: Clause, lang: 'en' | 'fr' = 'en') => {
  const groups = seedStages().concepts.of(q, lang);
  return saysPending(questionForm(q, lang, groups), c, groups, lang);
};

describe('a clause that says the attribute asked about is not yet set', () => {
  it('does not answer when or where the meeting it says so of will be, though it gives another date', () => {
    expect(pending('When is the interim Rapporteur group meeting?', P6)).toBe(true);
    expect(pending('Where will the interim Rapporteur group meeting be held?', P6)).toBe(true);
    expect(pending('quand a lieu la réunion intermédiaire du groupe du rapporteur ?', P6, 'fr')).toBe(true);
  });

  it('still answers what its other sentence dates, and a date asked where only the venue is pending', () => {
    expect(pending('By when should replies be sent?', P6)).toBe(false);
    const venueOnly = clause('The workshop will be held on 5 May 2033; its venue will be announced later.');
    expect(pending('When is the workshop?', venueOnly)).toBe(false);
    expect(pending('Where is the workshop?', venueOnly)).toBe(true);
  });
});
