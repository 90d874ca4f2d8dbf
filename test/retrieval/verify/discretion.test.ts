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
});
