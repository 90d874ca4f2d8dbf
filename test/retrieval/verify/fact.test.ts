import { describe, expect, it } from 'vitest';
import { foldCased, mask, prepare } from '../../../retrieval/verify/fact.ts';
import { seedClauses } from '../../helpers/seed-corpus.ts';

describe('folding that keeps case and length', () => {
  it('removes accents and reads typographic quotes, dashes and spaces as plain ones', () => {
    expect(foldCased('Genève, UIT‑T, l’IoT, «\u00a0Normes\u00a0» – “x”')).toBe('Geneve, UIT-T, l\'IoT, " Normes " - "x"');
    expect(foldCased('Œuvre et cœur')).toBe('Ouvre et cour');
  });

  it('keeps every seed clause the same length, so offsets in the folded text are offsets in the clause', () => {
    for (const c of seedClauses()) expect(foldCased(c.text).length, c.id).toBe(c.text.length);
  });
});

describe('a prepared text', () => {
  it('has a folded lower-case form, the same with case kept, at the same offsets', () => {
    const p = prepare('M. Bret Jordan, Président du GT 2/17');
    expect(p.cased).toBe('M. Bret Jordan, President du GT 2/17');
    expect(p.text).toBe('m. bret jordan, president du gt 2/17');
    expect(p.masked).toBe(p.text);
    expect(p.text).toHaveLength(p.cased.length);
  });

  it('keeps offsets even where lower-casing would change a character’s length', () => {
    // "İ" lower-cases to two code units: it is kept as it is.
    const p = prepare('İstanbul 2025');
    expect(p.text).toHaveLength(p.cased.length);
    expect(p.text.indexOf('2025')).toBe(p.cased.indexOf('2025'));
  });

  it('blanks a span once it has been read, leaving the rest in place', () => {
    const p = prepare('Rec. Y.4702 and 2025');
    mask(p, 5, 11);
    expect(p.masked).toBe('rec.        and 2025');
    expect(p.text).toBe('rec. y.4702 and 2025');
  });
});
