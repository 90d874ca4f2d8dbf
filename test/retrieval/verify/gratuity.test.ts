import { describe, expect, it } from 'vitest';
import { stanceConflict, stanceOf as stance } from '../../../retrieval/verify/polarity.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

describe('what costs nothing', () => {
  // "L'UIT coopère actuellement avec 30 pays … en vue d'assurer un accès gratuit à des outils …"
  const free = () => stance(seedClause('c25-18:s4.6').text, 'fr');

  it('is a denial of a charge: "free of charge", "no fee", "gratuit" and "gratis" agree', () => {
    for (const [text, lang] of [
      ['ITU works with 30 countries to give free access to tools and training', 'en'],
      ['The tools and training are offered at no cost', 'en'],
      ['Las herramientas y la formación son gratuitas', 'es'],
    ] as const)
      expect(stanceConflict(stance(text, lang), free(), true)).toBeUndefined();
  });

  it('so a charge said of it is a polarity conflict: "un accès payant"', () => {
    expect(stanceConflict(stance("L'UIT offre un accès payant à des outils et des formations", 'fr'), free())).toBe('polarity');
  });
});
