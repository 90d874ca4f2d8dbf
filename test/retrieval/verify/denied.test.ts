import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

// GCA Guidelines § 1.5: its first sentence says the draft guidelines were prepared with M. Stein Schjolberg's support; its
// last, "Il importe de noter que cette initiative n'a pas vocation à traiter les questions liées à la révision du
// Programme GCA."
describe('what a negation denies, read where the clause says it', () => {
  const polarity = (text: string, lang: 'en' | 'fr') =>
    reasons(text, 'c22-32-gca:s1.5', lang).filter((r) => r.startsWith('wrong-polarity'));

  it('accepts a denial the clause makes in another sentence than the one carrying most of the statement', () => {
    const fr = 'Les lignes directrices élaborées par le secrétariat ne traitent pas de la révision du Programme GCA [1].';
    const en = 'The draft guidelines, prepared with the support of Mr Stein Schjolberg, do not deal with the revision of the GCA [1].';
    expect(polarity(fr, 'fr')).toEqual([]);
    expect(polarity(en, 'en')).toEqual([]);
  });

  it('still rejects a denial of what the clause affirms', () => {
    expect(polarity("Le projet de lignes directrices a été élaboré sans l'appui de M. Stein Schjolberg [1].", 'fr')).toHaveLength(1);
    expect(polarity('The draft guidelines were prepared without the support of Mr Stein Schjolberg [1].', 'en')).toHaveLength(1);
  });
});
