import { describe, expect, it } from 'vitest';
import { givesValueOf, meetsType } from '../../../retrieval/answer/form-checks.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';
import { questionForm, type QuestionForm } from '../../../retrieval/query/question-form.ts';
import type { Clause } from '../../../retrieval/types.ts';

const form = (f: Partial<QuestionForm>): QuestionForm => ({ cue: [], focus: [], years: [], months: [], dates: [], ordinals: [], ...f });
const text = (t: string): Clause => ({ id: 'x:p1', docId: 'x', label: 'X › ¶ 1', text: t, context: '', start: 0, end: t.length });

describe('a concept that only names the kind of value asked for', () => {
  const group = (word: string, lang: 'en' | 'fr' | 'es') => plainGroups(analyzeQuery(word, lang))[0];
  const clause = (t: string) => text(t);
  const gives = (word: string, lang: 'en' | 'fr' | 'es', c: Clause, asked = form({})) => givesValueOf(group(word, lang), c, asked, 'en');

  it('is named by a clause that gives such a value: a share, a language', () => {
    const recycled = clause('Only 22.3 % of the e-waste generated in 2025 was formally collected and recycled.');
    expect(gives('share', 'en', recycled)).toBe(true);
    expect(gives('porcentaje', 'es', recycled)).toBe(true);
    expect(gives('share', 'en', clause('The e-waste was formally collected and recycled.'))).toBe(false);
    expect(gives('langue', 'fr', clause('Les textes sont disponibles en anglais seulement.'))).toBe(true);
  });

  it('is named by a title the clause quotes', () => {
    const agreed = clause('WP 1C agreed on the draft new Recommendation ITU-R SM.2161 "Methods for the detection of false base stations".');
    expect(gives('title', 'en', agreed)).toBe(true);
    expect(gives('titre', 'fr', agreed)).toBe(true);
    expect(gives('title', 'en', clause('WP 1C agreed on the draft new Recommendation ITU-R SM.2161.'))).toBe(false);
  });

  it('is named by a country or a city the clause names, of the kind asked for', () => {
    const host = clause('The Government of Senegal offered to host the 2026 edition of the Forum in Dakar.');
    expect(gives('country', 'en', host)).toBe(true);
    expect(gives('pays', 'fr', host)).toBe(true);
    expect(gives('ciudad', 'es', host)).toBe(true);
    const drill = clause('the first edition of which will be hosted by Zambia in March 2026;');
    expect(gives('country', 'en', drill)).toBe(true);
    expect(gives('city', 'en', drill)).toBe(false);
    expect(gives('meeting', 'en', clause('22 % of the meeting.'))).toBe(false);
  });

  it("is named by an organisation's name: its head noun, or its acronym in brackets (the FG-EVCSec report, tune-en-5)", () => {
    const accra = clause(
      'The third meeting was held in Accra, Ghana, from 19 to 21 September 2033, at the kind invitation of the National ' +
        'Digital Grid Authority of Ghana (NDGA). It was attended by 94 participants (52 in person and 42 remotely).',
    );
    expect(gives('organization', 'en', accra)).toBe(true);
    expect(gives('organisme', 'fr', accra)).toBe(true);
    expect(gives('organización', 'es', accra)).toBe(true);
    expect(gives('organization', 'en', clause('Le Groupe se réunira à Genève (Suisse).'))).toBe(false);
    // "organized" shares the stem "organ" with "organization" and names no organisation.
    expect(gives('organization', 'en', clause('TSB organized a one-day workshop with 138 participants.'))).toBe(false);
  });

  it('is not named by the place the question itself names', () => {
    const q = 'Which country of Africa will host the forum after Kenya?';
    const asked = questionForm(q, 'en', []);
    const kenya = clause('The forum will be hosted by Kenya, in Africa.');
    expect(gives('country', 'en', kenya, asked)).toBe(false);
    expect(gives('country', 'en', clause('The forum will be hosted by Zambia.'), asked)).toBe(true);
  });
});

describe('a place asked for', () => {
  const where = (q: string, lang: 'en' | 'fr' | 'es', t: string) => meetsType(questionForm(q, lang, []), text(t), [], { lang: 'en' });

  it('is one the clause names beside those the question names', () => {
    const q = '¿En qué países menos adelantados se llevaron a cabo los proyectos piloto?';
    expect(where(q, 'es', 'Pilot projects were carried out in the least developed countries.')).toBe(false);
    expect(where(q, 'es', 'Pilot projects were carried out in Nepal and Malawi, two least developed countries.')).toBe(true);
    expect(where('Where is the workshop held?', 'en', 'The workshop is held at ITU headquarters.')).toBe(true);
    expect(where('Where is the workshop held?', 'en', 'The workshop is held in March.')).toBe(false);
  });

  it('of the kind the question asks for ("which room?") is one the clause names, not a repetition of the question', () => {
    const room = 'The workshop will open at 0930 hours on 14 April 2026 in Room C2 of the Varembé building.';
    expect(where("Dans quelle salle se tiendra l'atelier ?", 'fr', room)).toBe(true);
    expect(where('¿En qué sala se celebrará el taller?', 'es', room)).toBe(true);
    expect(where("Dans quelle salle se tiendra l'atelier ?", 'fr', 'The workshop will open at 0930 hours on 14 April 2026.')).toBe(false);
    // A room the question names is still only a repetition when it asks where.
    expect(where('Where is the room of the workshop?', 'en', 'The workshop is in a room.')).toBe(false);
  });
});
