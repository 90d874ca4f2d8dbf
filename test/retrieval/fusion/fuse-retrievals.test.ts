import { describe, expect, it } from 'vitest';
import { fuseRetrievals } from '../../../retrieval/fusion/fuse-retrievals.ts';
import type { Clause, Hit, Retrieval, TermGroup } from '../../../retrieval/types.ts';

const clause = (i: number): Clause => ({ id: `d:p${i}`, docId: 'd', label: `¶ ${i}`, text: `clause ${i}`, context: '', start: 0, end: 0 });
const hit = (index: number, h: Partial<Hit> = {}): Hit => ({
  index,
  clause: clause(index),
  lexical: 1,
  dense: 0,
  fused: 0,
  strength: 0.5,
  coverage: 0.5,
  ...h,
});
const asked: TermGroup[] = [{ original: ['deadlin'], alternatives: [{ terms: ['deadlin'], weight: 1 }] }];
const rewritten: TermGroup[] = [{ original: ['date', 'limit'], alternatives: [{ terms: ['date', 'limit'], weight: 1 }] }];

/** Reciprocal-rank fusion written plainly: the reference. */
function rrf(...rankings: number[][]): Map<number, number> {
  const score = new Map<number, number>();
  for (const ranking of rankings) ranking.forEach((index, rank) => score.set(index, (score.get(index) ?? 0) + 1 / (60 + rank + 1)));
  return score;
}

describe('fusing the retrieval of a question and of its rewrite', () => {
  it('ranks candidates by reciprocal rank over both lists', () => {
    const a: Retrieval = { hits: [hit(1), hit(2), hit(3)], groups: asked };
    const b: Retrieval = { hits: [hit(3), hit(4), hit(1)], groups: rewritten };
    const fused = fuseRetrievals(a, b, 10);
    const reference = rrf([1, 2, 3], [3, 4, 1]);
    expect(fused.hits.map((h) => h.index)).toEqual([1, 3, 2, 4]);
    for (const h of fused.hits) expect(h.fused).toBeCloseTo(reference.get(h.index)!, 12);
  });

  it('keeps for each candidate its best strength and coverage', () => {
    const a: Retrieval = { hits: [hit(1, { strength: 0.2, coverage: 0.9 })], groups: asked };
    const b: Retrieval = { hits: [hit(1, { strength: 0.8, coverage: 0.4 })], groups: rewritten };
    expect(fuseRetrievals(a, b, 5).hits[0]).toMatchObject({ strength: 0.8, coverage: 0.9 });
  });

  it('keeps concept credits against the question as asked only, and the asked question’s concepts', () => {
    const a: Retrieval = { hits: [hit(1, { credits: [1] })], groups: asked };
    const b: Retrieval = { hits: [hit(1, { credits: [0.5, 0.5] }), hit(2, { credits: [1, 1] })], groups: rewritten };
    const fused = fuseRetrievals(a, b, 5);
    expect(fused.groups).toBe(asked);
    expect(fused.hits.find((h) => h.index === 1)!.credits).toEqual([1]);
    // Found only through the rewrite: no credits for the question as asked.
    expect(fused.hits.find((h) => h.index === 2)!.credits).toBeUndefined();
  });

  it('breaks ties by strength and keeps k candidates', () => {
    const a: Retrieval = { hits: [hit(1, { strength: 0.3 })], groups: asked };
    const b: Retrieval = { hits: [hit(2, { strength: 0.9 })], groups: rewritten };
    expect(fuseRetrievals(a, b, 5).hits.map((h) => h.index)).toEqual([2, 1]);
    expect(fuseRetrievals(a, b, 1).hits.map((h) => h.index)).toEqual([2]);
  });

  it('leaves the retrievals it fuses unchanged', () => {
    const a: Retrieval = { hits: [hit(1, { credits: [1] })], groups: asked };
    const b: Retrieval = { hits: [hit(1, { strength: 0.9, coverage: 0.9 })], groups: rewritten };
    const before = JSON.stringify([a, b]);
    fuseRetrievals(a, b, 5);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
