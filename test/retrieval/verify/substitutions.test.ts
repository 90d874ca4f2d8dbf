import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const swapped = (text: string, id: string, lang: 'en' | 'fr' | 'es') =>
  reasons(text, id, lang).filter((r) => r.includes('in that place'));

// "… la Commission d'études 20 est responsable des études … et poursuit ses travaux sur l'Internet des objets dans le
// secteur maritime;"
const SG20 = 'wtsa-res-98:recognizing:d';
// "L'annonce des réunions, y compris du projet d'ordre du jour, se fera par courrier électronique au moins une semaine à l'avance."
const ANNOUNCED = 'tsb-circ-67:annex-a:working-methods:item-5';

describe('one word of the clause swapped for another of the same slot', () => {
  it('flags an adjective put after the clause’s noun in place of the clause’s own', () => {
    const rail = "La CE 20 poursuit ses travaux sur l'Internet des objets dans le secteur ferroviaire [1].";
    expect(swapped(rail, SG20, 'fr')).toEqual(['wrong-entity: "secteur ferroviaire": the clause has another word in that place']);
    const post = "L'annonce des réunions se fera par courrier postal au moins une semaine à l'avance [1].";
    expect(swapped(post, ANNOUNCED, 'fr')).toEqual(['wrong-entity: "courrier postal": the clause has another word in that place']);
  });

  it('accepts the clause’s word, other languages, and what is no adjective', () => {
    expect(swapped("La CE 20 poursuit ses travaux sur l'Internet des objets dans le secteur maritime [1].", SG20, 'fr')).toEqual([]);
    expect(swapped('SG20 continues its work on the Internet of Things in the railway sector [1].', SG20, 'en')).toEqual([]);
    // "travaux poursuivis" after the clause's noun: a participle, not an adjective taking the slot.
    expect(swapped("La CE 20 a des travaux poursuivis sur l'Internet des objets dans le secteur maritime [1].", SG20, 'fr')).toEqual([]);
  });
});

// GCA Guidelines, Section 5 f): "Continue d'accorder une attention particulière aux besoins des groupes les plus vulnérables …"
const VULNERABLE = 'c22-32-gca:section-5:f';

describe('a synonym the general lexicon gives in the slot', () => {
  it('is the clause’s word said otherwise ("spéciale" for "particulière", the thesaurus)', () => {
    const special = "L'UIT continue d'accorder une attention spéciale aux besoins des groupes les plus vulnérables [1].";
    expect(swapped(special, VULNERABLE, 'fr')).toEqual([]);
  });
});
