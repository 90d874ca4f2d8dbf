import { describe, expect, it } from 'vitest';
import { labelledTopics } from '../../../retrieval/verify/labels.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// … La Section 2 porte sur les mesures juridiques. La Section 3 porte sur les mesures techniques et de procédure. La Section 4
// porte sur le renforcement des capacités. La Section 5 porte sur les structures administratives et la Section 6 sur la coopération …
const SECTIONS = 'c22-32-gca:s1.8';

describe('what numbered parts are about', () => {
  it('reads each label with what follows it, up to the next label or the end of the sentence', () => {
    expect(labelledTopics('La Section 5 porte sur les structures et la Section 6 sur la coopération. Fin.')).toEqual([
      { key: 'section 5', topic: ' porte sur les structures et la ' },
      { key: 'section 6', topic: ' sur la cooperation' },
    ]);
    expect(labelledTopics('Pillar 2 and Pilier 2')[0].key).toBe(labelledTopics('Pilier 2')[0].key);
  });

  it('rejects giving one section the topic the clause gives another, in any language', () => {
    expect(reasons('La Section 3 est consacrée au renforcement des capacités [1].', SECTIONS, 'fr')).toEqual([
      expect.stringMatching(/^wrong-entity: "section 3": the clause gives .* to section 4/),
    ]);
    expect(reasons('Section 6 deals with legal measures [1].', SECTIONS, 'en')).toEqual([
      expect.stringMatching(/^wrong-entity: "section 6": the clause gives .* to section 2/),
    ]);
  });

  it('reads the topic a sentence names before a label that ends its part', () => {
    const text = 'The guidelines go pillar by pillar, the general, cross-cutting guidance on the GCA framework being in Section 6 [1].';
    expect(reasons(text, SECTIONS, 'en')).toEqual([expect.stringMatching(/^wrong-entity: "section 6": the clause gives .* to section 7/)]);
    expect(reasons(text.replace('Section 6', 'Section 7'), SECTIONS, 'en')).toEqual([]);
  });

  it('accepts each section with its own topic', () => {
    expect(reasons('La Section 4 est consacrée au renforcement des capacités [1].', SECTIONS, 'fr')).toEqual([]);
    expect(reasons('Section 2 deals with legal measures [1].', SECTIONS, 'en')).toEqual([]);
  });
});

describe('what numbered Resolutions are about', () => {
  // ACP-2, Motifs: "… la Résolution 50 (Intégration optimale des technologies de l'information et de la communication) et
  // la Résolution 77 (Les technologies et les applications large bande au service de la croissance …) ne traitent pas …"
  const RELATED = 'wtdc17-acp-2:reasons:para-2';

  it('rejects giving one Resolution the title the clause gives another, in any language', () => {
    const swapped = 'Resolution 77 on optimal integration of ICTs and Resolution 50 on broadband do not address IoT [1].';
    expect(reasons(swapped, RELATED, 'en')).toContainEqual(expect.stringMatching(/^wrong-entity: "resolution 77": the clause gives/));
    const fr = "La Rés. 50 sur le large bande et la Rés. 77 sur l'intégration optimale des TIC ne traitent pas de l'IoT [1].";
    expect(reasons(fr, RELATED, 'fr')).toContainEqual(expect.stringMatching(/^wrong-entity: "resolution 50": the clause gives/));
  });

  it('accepts each Resolution with its own title', () => {
    const right = 'Resolution 50 on optimal integration of ICTs and Resolution 77 on broadband do not address IoT [1].';
    expect(reasons(right, RELATED, 'en')).toEqual([]);
  });

  it('reads a title set after a comma ("Resolution 77, on …"), in any language', () => {
    const swapped = 'Resolution 77, on the optimal integration of ICTs, and Resolution 50, on broadband, do not address IoT [1].';
    expect(reasons(swapped, RELATED, 'en')).toContainEqual(expect.stringMatching(/^wrong-entity: "resolution 77": the clause gives/));
    const fr =
      "La Résolution 50, sur le large bande, et la Résolution 77, relative à l'intégration optimale des TIC, ne traitent pas de l'IoT [1].";
    expect(reasons(fr, RELATED, 'fr')).toContainEqual(expect.stringMatching(/^wrong-entity: "resolution 50": the clause gives/));
    const right = 'Resolution 50, on the optimal integration of ICTs, and Resolution 77, on broadband, do not address IoT [1].';
    expect(reasons(right, RELATED, 'en')).toEqual([]);
  });
});

describe('numbers bound to a label', () => {
  // GCA Guidelines § 1.6: "… la VCC 2021, qui s'est tenue du 8 au 18 juin 2021 … Le secrétariat devra présenter le
  // Document 71 révisé pour examen et approbation à la prochaine session du Conseil".
  const VCC = 'c22-32-gca:s1.6';

  it('rejects a number the clause gives, put after a label the clause gives another number', () => {
    const wrong = reasons('Après la VCC 2021, le secrétariat devait présenter le Document 18 révisé au Conseil [1].', VCC, 'fr');
    expect(wrong.join(' ')).toContain('wrong-entity');
    expect(reasons('After VCC 2021 the secretariat was to submit a revised Doc. 18 to the Council [1].', VCC, 'en').join(' ')).toContain(
      'wrong-entity',
    );
  });

  it("accepts the clause's own labelled number, in any language", () => {
    expect(reasons('Après la VCC 2021, le secrétariat devait présenter le Document 71 révisé au Conseil [1].', VCC, 'fr')).toEqual([]);
    expect(reasons('After VCC 2021 the secretariat was to submit a revised Document 71 to the Council [1].', VCC, 'en')).toEqual([]);
  });
});
