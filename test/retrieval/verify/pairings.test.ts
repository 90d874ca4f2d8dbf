import { describe, expect, it } from 'vitest';
import { pairings } from '../../../retrieval/verify/pairings.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

const SIGNALLING = 'c25-18:s2.2'; // … Recommandation UIT-T Q.3057 (2020) … Recommandations UIT-T Q.3062 (2022) … et Q.3063 (2022) …
const LANGUAGES = 'c25-18:s6.2'; // … y compris en quechua (Équateur), en aymara (Bolivie), en néerlandais (Suriname) et en maltais …

describe('pairs in parentheses', () => {
  it('reads the word before each parenthesis and what it holds', () => {
    expect(pairings('la Recommandation UIT-T Q.3057 (2020), en quechua (Équateur)')).toEqual([
      { head: 'q.3057', inside: '2020' },
      { head: 'quechua', inside: 'equateur' },
    ]);
  });

  it('rejects giving one head what the clause gives another', () => {
    expect(
      reasons('Recommendation ITU-T Q.3062 (2020) describes the use of digital signatures in signalling exchanges [1].', SIGNALLING, 'en'),
    ).toEqual(['wrong-entity: "q.3062 (2020)": the clause writes "q.3062 (2022)" and "q.3057 (2020)"']);
    expect(reasons('Les Lignes directrices ont été traduites en quechua (Bolivie) et en maltais [1].', LANGUAGES, 'fr')).toContainEqual(
      expect.stringMatching(/^wrong-entity: "quechua \(bolivie\)"/),
    );
  });

  it('accepts the pairs the clause writes, and a parenthesis the clause has no pair for', () => {
    expect(
      reasons('Recommendation ITU-T Q.3057 (2020) describes the use of digital signatures in signalling exchanges [1].', SIGNALLING, 'en'),
    ).toEqual([]);
    expect(reasons('Les Lignes directrices ont été traduites en quechua (Équateur) et en aymara (Bolivie) [1].', LANGUAGES, 'fr')).toEqual(
      [],
    );
  });
});
