import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { qualifierConflicts } from '../../../retrieval/verify/bounds.ts';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const qualifiers = (text: string, lang: Lang) =>
  extractFacts(text, lang)
    .facts.filter((f) => f.qualifier)
    .map((f) => `${f.surface}:${f.qualifier}`);

// "… Plus de 160 participants ont assisté aux réunions …"
const CONSULTATIONS = extractFacts(seedClause('c22-32-gca:s1.4').text, 'fr');
// "… devrait permettre de commencer la collecte de données au début de l'année 2026."
const GCI = extractFacts(seedClause('c25-18:s4.4').text, 'fr');
const conflicts = (sentence: string, lang: Lang, clause = CONSULTATIONS) =>
  qualifierConflicts(extractFacts(sentence, lang).facts, [clause]);

describe('qualifiers of numbers and periods', () => {
  it('read bounds before numbers and parts before years and months, in each language', () => {
    expect(qualifiers('more than 160 participants, fewer than 20 countries, up to 50 items', 'en')).toEqual([
      '160:min',
      '20:max',
      '50:max',
    ]);
    expect(qualifiers('plus de 160 participants, moins de 20 pays, au moins 3 réunions', 'fr')).toEqual(['160:min', '20:max', '3:min']);
    expect(qualifiers('más de 160 participantes y menos de 20 países', 'es')).toEqual(['160:min', '20:max']);
    expect(qualifiers("au début de l'année 2026, fin 2026, milieu 2026", 'fr')).toEqual(['2026:early', '2026:late', '2026:mid']);
    expect(qualifiers('early 2026 and the end of September 2025', 'en')).toEqual(['2026:early', 'september 2025:late']);
    expect(qualifiers('a finales de 2026', 'es')).toEqual(['2026:late']);
  });

  it('read the longest bound: a denied minimum is a maximum ("no more than 20", "pas plus de 20", "no más de 20")', () => {
    expect(qualifiers('no more than 20 fellowships, not more than 5 days', 'en')).toEqual(['20:max', '5:max']);
    expect(qualifiers('pas plus de 20 bourses', 'fr')).toEqual(['20:max']);
    expect(qualifiers('no más de 20 becas', 'es')).toEqual(['20:max']);
    expect(qualifiers('no less than 20 fellowships', 'en')).toEqual(['20:min']);
  });

  it('leave plain values, and bounds that are not right before the value, alone', () => {
    expect(qualifiers('160 participants in more than one room', 'en')).toEqual([]);
    expect(qualifiers('le 17 septembre 2025 à la fin de la réunion', 'fr')).toEqual([]);
  });

  it('flag the opposite bound or part from the clause’s, in any language', () => {
    expect(conflicts('Moins de 160 participants ont assisté aux réunions.', 'fr')).toEqual([
      '"160": the clause gives it as a minimum ("more than"), the sentence as a maximum ("fewer than")',
    ]);
    expect(conflicts('Fewer than 160 participants attended.', 'en')).toHaveLength(1);
    expect(conflicts('La collecte de données commencera fin 2026.', 'fr', GCI)).toEqual([
      '"2026": the clause gives it as early in the period, the sentence as late in the period',
    ]);
  });

  it('accept the same bound, a plain value, or a value the clause gives plainly', () => {
    expect(conflicts('More than 160 participants attended.', 'en')).toEqual([]);
    expect(conflicts('At least 160 participants attended.', 'en')).toEqual([]);
    expect(conflicts('160 participants attended.', 'en')).toEqual([]);
    expect(conflicts('Data collection starts in early 2026.', 'en', GCI)).toEqual([]);
    // The clause says "en septembre 2024" plainly: "late September 2024" is the missing-value rule's business, not this one's.
    expect(conflicts('The questionnaire went out in late September 2024.', 'en', GCI)).toEqual([]);
  });
});

describe('ranges of days', () => {
  // Circular 67 ¶ 6: "… le 17 septembre 2025 de 13 heures à 14 heures … la CE 20 … qui se tiendra du 15 au 25 septembre 2025."
  const MEETING = extractFacts(seedClause('tsb-circ-67:p6').text, 'fr');

  it('keep their two ends together: one end of the clause range with another day is unsupported', () => {
    expect(conflicts('the SG20 meeting runs from 17 to 25 September 2025', 'en', MEETING)).toHaveLength(1);
    expect(conflicts('la CE 20 se réunit du 15 au 17 septembre 2025', 'fr', MEETING)).toHaveLength(1);
    expect(conflicts('SG20 meets September 17-25, 2025', 'en', MEETING)).toHaveLength(1);
    expect(conflicts('la CE 20 se reunirá del 17 al 25 de septiembre de 2025', 'es', MEETING)).toHaveLength(1);
  });

  it('accept the clause range in any spelling, and single days', () => {
    expect(conflicts('the SG20 meeting runs from 15 to 25 September 2025', 'en', MEETING)).toEqual([]);
    expect(conflicts('SG20 meets September 15-25, 2025', 'en', MEETING)).toEqual([]);
    expect(conflicts('la reunión de la CE 20 se celebrará del 15 al 25 de septiembre de 2025', 'es', MEETING)).toEqual([]);
    expect(conflicts('the JCG meets on 17 September 2025, during the SG20 meeting', 'en', MEETING)).toEqual([]);
  });
});
