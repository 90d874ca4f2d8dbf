import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../retrieval/lexical/bm25-index.ts';
import type { TermGroup } from '../../../retrieval/types.ts';
import { groupWeight, sourceClause } from '../../../retrieval/verify/evidence.ts';
import { seedClause, seedStore } from '../../helpers/seed-corpus.ts';

const group = (...alternatives: string[][]): TermGroup => ({
  original: alternatives[0],
  alternatives: alternatives.map((terms) => ({ terms, weight: 1 })),
});

describe('a stored clause as the rules read it', () => {
  it('is its body, in its document’s language, with its label', () => {
    const c = seedClause('tsb-circ-67:p6');
    expect(sourceClause(c, seedStore().docs)).toEqual({ id: c.id, docId: 'tsb-circ-67', text: c.text, lang: 'fr', label: c.label });
    const en = { ...seedStore().docs.get('tsb-circ-67')!, language: 'en' as const };
    expect(sourceClause(c, new Map([['tsb-circ-67', en]])).lang).toBe('en');
  });

  it('is read as French when its document is unknown', () => {
    expect(sourceClause(seedClause('tsb-circ-67:p6'), new Map()).lang).toBe('fr');
  });
});

describe('the rarity of a concept', () => {
  // Four documents: "reunion" in three, "geneve" in one, "lagos" in none.
  const index = new Bm25Index([
    { terms: ['reunion', 'genev'], contextTerms: [] },
    { terms: ['reunion'], contextTerms: [] },
    { terms: ['reunion', 'date'], contextTerms: [] },
    { terms: ['date'], contextTerms: [] },
  ]);

  it('is the idf of its rarest alternative the corpus has', () => {
    expect(groupWeight(index, group(['reunion']))).toBeCloseTo(index.idf('reunion'), 12);
    expect(groupWeight(index, group(['reunion'], ['genev']))).toBeCloseTo(index.idf('genev'), 12);
    expect(index.idf('genev')).toBeGreaterThan(index.idf('reunion'));
  });

  it('ignores alternatives the corpus lacks, and weighs a concept it lacks entirely as the rarest', () => {
    expect(groupWeight(index, group(['reunion'], ['lagos']))).toBeCloseTo(index.idf('reunion'), 12);
    const absent = groupWeight(index, group(['lagos']));
    expect(absent).toBeCloseTo(Math.log(1 + 4.5 / 0.5), 12);
    expect(absent).toBeGreaterThan(index.idf('genev'));
  });
});
