import { describe, expect, it } from 'vitest';
import { fold, slug } from '../../retrieval/text.ts';

describe('fold: what every matcher compares', () => {
  it('drops accents and case, in French and Spanish', () => {
    expect(fold("Commission d'Études")).toBe("commission d'etudes");
    expect(fold('Genève, CONFÉRENCE, Sécurité')).toBe('geneve, conference, securite');
    expect(fold('Comisión de Estudio, año, ¿Cuándo?')).toBe('comision de estudio, ano, ¿cuando?');
    expect(fold('Mise en Œuvre, cœur, vitæ')).toBe('mise en oeuvre, coeur, vitae');
  });

  it('reads typographic apostrophes and hyphens as plain ones', () => {
    expect(fold('d’études l‘UIT l`IoT')).toBe("d'etudes l'uit l'iot");
    // The seed documents write "UIT‑T" with a non-breaking hyphen (U+2011) and ranges with en dashes.
    expect(fold('UIT\u2011T, 15\u201324 octobre, A\u2010B, C\u2012D')).toBe('uit-t, 15-24 octobre, a-b, c-d');
  });

  // Bug: NFKD turns the acute accent U+00B4 into a space and a combining accent before
  // the quote replacement runs, so the `´` case of that replacement never matches.
  it('reads an acute accent typed as an apostrophe ("l´IoT") as an apostrophe', () => {
    expect(fold('l´IoT')).toBe("l'iot");
  });

  it('reads plain ASCII as the full fold does, by its short path', () => {
    // Every printable ASCII character, and the same text with one accent so the full path runs.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    expect(fold(ascii)).toBe(fold(`${ascii}é`).slice(0, -1));
    expect(fold('SG17 met `twice` in Geneva')).toBe("sg17 met 'twice' in geneva");
  });

  it('keeps the length of plain text, so offsets stay comparable', () => {
    const text = 'La première réunion du Groupe JCG-IoTSec se tiendra au siège de l’UIT à Genève';
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('slug: the id form of labels and file names', () => {
  it('turns a label path into an id segment', () => {
    expect(slug('Res. 98 › recalling › f)')).toBe('res.-98-recalling-f');
    expect(slug('Scope and objectives')).toBe('scope-and-objectives');
    expect(slug('Promouvoir l’adoption des plates-formes, des applications')).toBe(
      'promouvoir-l-adoption-des-plates-formes-des-applications',
    );
  });

  it('writes § and ¶ as letters, as clause ids do ("¶ 6" → p6, "§ 4.4" → s4.4)', () => {
    expect(slug('¶ 6')).toBe('p6');
    expect(slug('§ 4.4')).toBe('s4.4');
  });

  it('keeps dots, trims dashes and folds accents', () => {
    expect(slug('  Méthodes de travail — 2.1  ')).toBe('methodes-de-travail-2.1');
    expect(slug('000_65ebfd557cc5fabf.txt')).toBe('000-65ebfd557cc5fabf.txt');
    expect(slug('***')).toBe('');
  });
});
