import { describe, expect, it } from 'vitest';
import { withPurpose } from '../../../retrieval/query/purpose.ts';

describe('a body’s purpose asked in everyday words', () => {
  it('reads a verb asking what a body does or is for as the documents’ purpose noun, in the asker’s language', () => {
    for (const [text, lang, read] of [
      ['what is the jcg actually supposed to do?', 'en', 'what is the jcg actually objectives?'],
      ['pls list what the JCG is meant to look at according to its ToR', 'en', 'pls list what the JCG is objectives according to its ToR'],
      ['what does this group even do', 'en', 'what does this group even objectives'],
      ['whats the jcg for?', 'en', 'whats the jcg objectives?'],
      ['à quoi sert ce groupe ?', 'fr', 'objectifs ce groupe ?'],
      ['le jcg fait quoi au juste ?', 'fr', 'le jcg objectifs au juste ?'],
      ['¿para qué sirve el JCG?', 'es', '¿objetivos el JCG?'],
    ] as const)
      expect(withPurpose(text, lang)).toEqual({ text: read, by: 'verb' });
  });

  it('adds the purpose noun beside an everyday noun for it, and replaces "point"', () => {
    expect(withPurpose('what is the purpose of the jcg', 'en')).toEqual({ text: 'what is the purpose objectives of the jcg', by: 'noun' });
    expect(withPurpose("what's the point of the jcg?", 'en')).toEqual({ text: "what's the objectives of the jcg?", by: 'noun' });
    expect(withPurpose('les grandes tâches du groupe ?', 'fr')).toEqual({ text: 'les grandes tâches objectifs du groupe ?', by: 'noun' });
  });

  it('leaves alone what the asker is to do, what is done with something, and what is produced', () => {
    for (const [text, lang] of [
      ['what am I supposed to do before the first meeting?', 'en'],
      ['what does res 98 ask us members to do?', 'en'],
      ['what deliverables is the group expected to produce?', 'en'],
      ['on fait quoi à la réunion ?', 'fr'],
      ['¿qué tiene que hacer con las Recomendaciones de la UIT?', 'es'],
      ['hace dos años que existe el grupo', 'es'],
    ] as const)
      expect(withPurpose(text, lang)).toEqual({ text });
  });
});
