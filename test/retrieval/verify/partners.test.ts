import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// "… l'Initiative "Her CyberTracks", soutenue par l'Agence allemande pour la coopération internationale (GIZ) et
// Microsoft, … (en coopération avec l'ONUDC) en 2024."
const CYBERTRACKS = 'c25-18:s4.5';
const partners = (text: string, lang: 'en' | 'fr') => reasons(text, CYBERTRACKS, lang).filter((r) => r.includes('joins'));

describe('two names joined by "and"', () => {
  it('flags the first name joined to another than the clause’s partner', () => {
    const sentence = "L'initiative « Her CyberTracks », soutenue par la GIZ et l'ONUDC, s'adresse aux femmes diplomates [1].";
    expect(partners(sentence, 'fr')).toEqual(['wrong-entity: "giz … onudc": the clause joins giz to microsoft']);
  });

  it('accepts the clause’s own pair, and leaves a sentence in another language to the other rules', () => {
    const own = "L'initiative « Her CyberTracks », soutenue par la GIZ et Microsoft, s'adresse aux femmes diplomates [1].";
    expect(partners(own, 'fr')).toEqual([]);
    expect(partners('The Her CyberTracks initiative, backed by GIZ and UNODC, reached women diplomats [1].', 'en')).toEqual([]);
  });
});
