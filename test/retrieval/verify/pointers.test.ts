import { describe, expect, it } from 'vitest';
import { foldCased } from '../../../retrieval/verify/fact.ts';
import { genericReference } from '../../../retrieval/verify/pointers.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// Res. 98, considering i): "que l'UIT-T devrait jouer un rôle de premier plan dans l'élaboration de normes relatives à
// l'Internet des objets (IoT) et aux villes et communautés intelligentes …"
const LEADING_ROLE = 'wtsa-res-98:considering:i-2';

describe('the cited document called by its kind', () => {
  it('reads "the resolution", "ce texte", "el informe" as a pointer, not as a claim', () => {
    // The rules read the sentence folded (accents off, one apostrophe).
    const text = foldCased('Selon la résolution, d’après ce texte et según el informe');
    expect(text.replace(genericReference('resolution'), '_')).toBe('Selon _, _ et segun el informe');
    expect(text.replace(genericReference('report'), '_')).toBe('Selon la resolution, _ et segun _');
  });

  it('reads a possessive or a word of its kind of name as the same pointer ("its progress report", "son rapport")', () => {
    const text = foldCased('its progress report, son rapport et su informe');
    expect(text.replace(genericReference('report'), '_')).toBe('_, _ et _');
    // Capitals are a name, not a kind of report: "the SG17 report" is left to the facts check.
    expect('the SG17 report'.replace(genericReference('report'), '_')).toBe('the SG17 report');
  });

  it('leaves another document named by number to the facts check ("le Document 18 révisé")', () => {
    expect('le Document 18 révisé et the document n° 71'.replace(genericReference('report'), '_')).toBe(
      'le Document 18 révisé et the document n° 71',
    );
  });

  it('accepts a faithful sentence that opens with an attribution to the cited document, in any language', () => {
    const fr = "Selon la résolution, l'UIT-T devrait jouer un rôle de premier plan dans l'élaboration des normes sur l'IoT [1].";
    expect(reasons(fr, LEADING_ROLE, 'fr')).toEqual([]);
    const en = 'According to the resolution, ITU-T should play a leading role in developing IoT standards [1].';
    expect(reasons(en, LEADING_ROLE, 'en')).toEqual([]);
  });

  it('reads "d\'après", "according to", "as per" before it as part of the pointer (the stop list has "selon", "según")', () => {
    const text = foldCased("D'après le projet, according to the draft, as per the draft");
    expect(text.replace(genericReference('proposal'), '_')).toBe('_, _, _');
    // ACP-2, resolves 2: "que l'UIT-D, en collaboration avec l'UIT-T et l'UIT-R, doit continuer d'étudier …".
    const fr = "D'après le projet, l'UIT-D doit poursuivre l'étude de l'Internet des objets avec l'UIT-T et l'UIT-R [1].";
    expect(reasons(fr, 'wtdc17-acp-2:resolves:2', 'fr')).toEqual([]);
    // "Après" alone says when ("après la CMDT-22"): it stays, and only the pointer goes.
    expect(foldCased('après le projet').replace(genericReference('proposal'), '_')).toBe('apres _');
  });

  it('reads a draft as the proposal it is, and "cited by" one as the same pointer', () => {
    const text = foldCased('la Rés. 197, citée par le projet, the draft et el borrador');
    expect(text.replace(genericReference('proposal'), '_')).toBe('la Res. 197, _, _ et _');
    // ACP-2, resolves 1, a draft resolution: "que l'UIT-D doit promouvoir le développement des plates-formes IoT …".
    const fr = "Selon le projet, il incombe à l'UIT-D de promouvoir le développement des plates-formes IoT [1].";
    expect(reasons(fr, 'wtdc17-acp-2:resolves:1', 'fr')).toEqual([]);
  });

  it('still rejects what the attribution frames: a flipped modality stays a flipped modality', () => {
    const flipped =
      "Selon la résolution, l'UIT-T ne devrait pas jouer un rôle de premier plan dans l'élaboration des normes sur l'IoT [1].";
    expect(reasons(flipped, LEADING_ROLE, 'fr').join(' ')).toContain('wrong-polarity');
  });
});

describe('a pointer at the cited part of a resolution', () => {
  // ACP-2, resolves 1: "que l'UIT-D doit promouvoir le développement des plates-formes IoT et l'adoption d'applications
  // et de services IoT, ce qui contribuera à atteindre les ODD …"
  const RESOLVES_1 = 'wtdc17-acp-2:resolves:1';

  it('reads "le n° 1 du décide", "under resolves 1", "el punto 1 del resuelve" as the clause\'s own label, not a number to find', () => {
    for (const [text, lang] of [
      ["Au titre du n° 1 du décide, l'UIT-D doit promouvoir le développement des plates-formes IoT [1].", 'fr'],
      ['Under resolves 1, ITU-D must promote the development of IoT platforms [1].', 'en'],
      ['Según el punto 1 del resuelve, el UIT-D debe promover el desarrollo de plataformas IoT [1].', 'es'],
    ] as const) {
      expect(reasons(text, RESOLVES_1, lang), text).toEqual([]);
    }
  });

  it('still finds another part named by number: "resolves 2" is not the cited resolves 1', () => {
    expect(reasons('Under resolves 2, ITU-D must promote the development of IoT platforms [1].', RESOLVES_1, 'en').join(' ')).toContain(
      'missing-value',
    );
  });
});
