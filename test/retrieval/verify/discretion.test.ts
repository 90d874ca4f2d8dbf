import { describe, expect, it } from 'vitest';
import { stanceConflict, stanceOf as stance } from '../../../retrieval/verify/polarity.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

describe('what the clause obliges, left to choice', () => {
  it('are a modality conflict when the sentence leaves to choice what the clause obliges, in each language', () => {
    // "que l'UIT-D, en collaboration avec l'UIT-T et l'UIT-R, doit continuer d'étudier … que pourrait poser …"
    const must = stance(seedClause('wtdc17-acp-2:resolves:2').text, 'fr');
    const optional = [
      ["L'UIT-D peut, si elle le juge utile, continuer d'étudier l'Internet des objets", 'fr'],
      ['ITU-D may, if it deems it useful, continue to study the Internet of Things', 'en'],
      ['El UIT-D puede, si lo considera útil, seguir estudiando la Internet de las cosas', 'es'],
      ['ITU-D may continue to study the Internet of Things on a voluntary basis', 'en'],
    ] as const;
    for (const [text, lang] of optional) expect(stanceConflict(stance(text, lang), must, lang !== 'fr')).toBe('modality');
    // "Can" alone reads as what ITU-D is able to do: no conflict.
    expect(stanceConflict(stance("L'UIT-D peut continuer d'étudier l'Internet des objets", 'fr'), must)).toBeUndefined();
  });

  it('are a modality conflict when a "devrait" of the clause is said "must" in another language', () => {
    // "L'UIT devrait continuer d'encourager ses membres à prendre l'initiative d'accords de certification mutuelle …"
    const should = stance(seedClause('c22-32-gca:section-3:f').text, 'fr');
    const must = stance('ITU must require its members to enter into mutual certification agreements', 'en');
    expect(stanceConflict(must, should, false)).toBe('modality');
    expect(stanceConflict(stance('ITU should keep encouraging its members to do so', 'en'), should, false)).toBeUndefined();
  });
});
