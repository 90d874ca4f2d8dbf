import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { hedgedTerms } from '../../../retrieval/verify/hedges.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const hedgeReasons = (text: string, id: string, lang: 'en' | 'fr' | 'es') =>
  reasons(text, id, lang).filter((r) => r.includes('stated as fact'));
const GUIDELINES = "Les lignes directrices proposées vont permettre d'intensifier les efforts dans le cadre du Pilier 3 [1].";

// "… les lignes directrices proposées ci-après, qui concernent en particulier les travaux du BDT, pourraient permettre
// d'intensifier les efforts à cet égard"
const PILLAR_3 = 'c22-32-gca:section-4:intro';
// "… Il a invité la plénière à accepter de conserver le point 12.1 du décide, qui permettrait à l'UIT d'utiliser le
// Programme GCA … Il demanderait l'avis du Conseil …"
const PLENARY = 'c22-32-gca:s1.2';
// "L'UIT devrait continuer d'encourager ses membres à prendre l'initiative d'accords de certification mutuelle …"
const CERTIFICATION = 'c22-32-gca:section-3:f';

describe('a possibility stated as fact', () => {
  it('reads the verbs a clause says only in the conditional', () => {
    const text = seedClause(PLENARY).text;
    const hedged = hedgedTerms(analyzeText(text, 'fr', new Map()), text);
    expect(hedged.has('permettr')).toBe(true);
    expect(hedged.has('demand')).toBe(true);
    // "a invité" is said plainly.
    expect(hedged.has('invit')).toBe(false);
  });

  it('flags what could happen stated as what will or does happen', () => {
    expect(hedgeReasons(GUIDELINES, PILLAR_3, 'fr')).toHaveLength(1);
    expect(hedgeReasons("Le Secrétaire général a demandé l'avis du Conseil sur le Programme GCA [1].", PLENARY, 'fr')).toHaveLength(1);
  });

  it('accepts the same claim hedged, in a modal, a conditional or a verb reporting advice', () => {
    expect(hedgeReasons(GUIDELINES.replace('vont', 'pourraient'), PILLAR_3, 'fr')).toEqual([]);
    expect(hedgeReasons("Le Secrétaire général demanderait l'avis du Conseil sur le Programme GCA [1].", PLENARY, 'fr')).toEqual([]);
    // The conditional of a short stem ("aurait", "serait") hedges too. "… des Résolutions qui pourraient s'y rapporter …"
    const related = "Les Résolutions 50 et 77, qui auraient pu s'y rapporter, ne traitent pas de l'Internet des objets [1].";
    expect(hedgeReasons(related, 'wtdc17-acp-2:reasons:para-2', 'fr')).toEqual([]);
    expect(hedgeReasons(related.replace('auraient pu', 'vont'), 'wtdc17-acp-2:reasons:para-2', 'fr')).toHaveLength(1);
    const should = 'ITU should continue to encourage its members to take part in mutual certification agreements [1].';
    expect(hedgeReasons(should, CERTIFICATION, 'en')).toEqual([]);
    const invite = "Les lignes directrices invitent l'UIT à continuer d'encourager ses membres à prendre part à ces accords [1].";
    expect(hedgeReasons(invite, CERTIFICATION, 'fr')).toEqual([]);
  });

  it('leaves a verb the clause also says plainly', () => {
    const invited = 'Le Secrétaire général a invité la plénière à conserver le point 12.1 du décide [1].';
    expect(hedgeReasons(invited, PLENARY, 'fr')).toEqual([]);
  });
});
