import { describe, expect, it } from 'vitest';
import { analyze } from '../../../retrieval/query/analyze.ts';
import type { TermGroup } from '../../../retrieval/types.ts';
import { analyzeText, hasConcept, termsOf, weightedCoverage, withTerms } from '../../../retrieval/verify/analysis.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const group = (...alternatives: string[][]): TermGroup => ({
  original: alternatives[0],
  alternatives: alternatives.map((terms) => ({ terms, weight: 1 })),
});

describe('a text read once for every rule', () => {
  // "La participation à distance … à l'adresse tsbjcgiotsec@itu.int, le 10 septembre 2025 au plus tard.\nJe vous souhaite …"
  const contributions = seedClause('tsb-circ-67:p8').text;
  const a = analyzeText(contributions, 'fr', new Map());

  it('has its hard facts and their keys', () => {
    expect([...a.keys]).toEqual(expect.arrayContaining(['email:tsbjcgiotsec@itu.int', 'date:10.9.2025']));
    expect(a.facts.map((f) => f.start)).toEqual([...a.facts.map((f) => f.start)].sort((x, y) => x - y));
  });

  it('leaves for concepts the text without its facts', () => {
    expect(a.rest).not.toContain('tsbjcgiotsec');
    expect(a.rest).not.toContain('2025');
    expect(a.rest).toContain('participation a distance');
    expect(a.rest).toHaveLength(contributions.length);
  });

  it('has its sentences with their stance and terms, and all their terms together', () => {
    expect(a.sentences.map((s) => s.text.slice(0, 25))).toEqual([
      'La participation à distan',
      'Veuillez soumettre vos co',
      'Je vous souhaite une réun',
    ]);
    expect(a.sentences.every((s) => !s.stance.negated)).toBe(true);
    expect([...a.sentences[1].terms]).toEqual(expect.arrayContaining(analyze('soumettre contributions', 'fr')));
    expect(a.terms).toEqual(new Set(a.sentences.flatMap((s) => [...s.terms])));
  });

  it('has its folded words, for names, and who owns its facts', () => {
    const convenors = analyzeText(seedClause('tsb-circ-67:annex-a:working-methods:item-6').text, 'fr', new Map());
    expect(convenors.words.has('fathy')).toBe(true);
    expect(convenors.words.has('jordan')).toBe(true);
    expect(convenors.owned.map((o) => `${o.fact.key}:${o.owner}`)).toContain('wp:2/17:person:jordan');
    expect(convenors.lang).toBe('fr');
  });
});

describe('concept presence', () => {
  it('is any alternative with at least three quarters of its words', () => {
    const terms = new Set(['date', 'limit', 'contribu']);
    expect(hasConcept(group(['deadlin'], ['date', 'limit']), terms)).toBe(true);
    expect(hasConcept(group(['plus', 'tard']), terms)).toBe(false);
    expect(hasConcept(group(['date', 'limit', 'soumiss', 'contribu']), terms)).toBe(true); // 3 of 4
    expect(hasConcept(group(['date', 'limit', 'soumiss', 'fin', 'contribu']), terms)).toBe(false); // 3 of 5
    expect(hasConcept(group(), terms)).toBe(false);
  });

  it("meets a stem of the word's family a last letter or two apart, from five letters up", () => {
    // Snowball: "avancées" → "avance", "avancer" → "avanc" (the dictionary's French for "advance").
    const clause = new Set(analyze('les dernières avancées technologiques', 'fr'));
    expect(clause.has('avance')).toBe(true);
    expect(hasConcept(group(['advanc'], ['avanc']), clause)).toBe(true);
    expect(hasConcept(group(['avancement']), clause)).toBe(false); // four letters more: another word
    expect(hasConcept(group(['dern']), new Set(['derni']))).toBe(false); // under five letters: too short to tell
  });
});

describe('weighted coverage', () => {
  it('is the weighted share of the concepts present', () => {
    const terms = new Set(['reunion', 'genev']);
    const groups = [group(['reunion']), group(['genev']), group(['lagos'])];
    expect(weightedCoverage(groups, terms, () => 1)).toBeCloseTo(2 / 3, 12);
    const rare = (g: TermGroup) => (g.original[0] === 'lagos' ? 4 : 1);
    expect(weightedCoverage(groups, terms, rare)).toBeCloseTo(2 / 6, 12);
  });

  it('is full when there is nothing to cover', () => {
    expect(weightedCoverage([], new Set(), () => 1)).toBe(1);
    expect(weightedCoverage([group(['x'])], new Set(), () => 0)).toBe(1);
  });
});

describe('the terms of the cited clauses', () => {
  const circular = analyzeText(seedClause('tsb-circ-67:p6').text, 'fr', new Map());
  const report = analyzeText(seedClause('c25-18:s2.1').text, 'fr', new Map());

  it("are one clause's own set when one is cited (not a copy), the union of all otherwise", () => {
    expect(termsOf([circular])).toBe(circular.terms);
    const both = termsOf([circular, report]);
    expect([...circular.terms, ...report.terms].every((t) => both.has(t))).toBe(true);
    expect(both.size).toBeLessThanOrEqual(circular.terms.size + report.terms.size);
  });

  it('gain words only through a new set, and stay the same set when they hold them already', () => {
    const held = [...circular.terms].slice(0, 2);
    expect(withTerms(circular.terms, held)).toBe(circular.terms);
    const more = withTerms(circular.terms, ['zzz-not-in-it']);
    expect(more).not.toBe(circular.terms);
    expect(more.has('zzz-not-in-it')).toBe(true);
    expect(circular.terms.has('zzz-not-in-it')).toBe(false);
  });
});
