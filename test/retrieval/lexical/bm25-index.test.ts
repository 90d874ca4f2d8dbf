import { describe, expect, it } from 'vitest';
import { Bm25Index, CONTEXT_WEIGHT } from '../../../retrieval/lexical/bm25-index.ts';
import type { LexicalDocument } from '../../../retrieval/lexical/lexical-index.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';

/** Textbook BM25 over the same fields, written as plainly as possible: the reference. */
function naiveBm25(docs: LexicalDocument[], query: string[]): number[] {
  const tf = docs.map((d) => {
    const m = new Map<string, number>();
    d.terms.forEach((t) => m.set(t, (m.get(t) ?? 0) + 1));
    d.contextTerms.forEach((t) => m.set(t, (m.get(t) ?? 0) + CONTEXT_WEIGHT));
    return m;
  });
  const len = docs.map((d) => d.terms.length + CONTEXT_WEIGHT * d.contextTerms.length);
  const avg = len.reduce((a, b) => a + b, 0) / docs.length;
  return docs.map((_, i) =>
    [...new Set(query)].reduce((sum, q) => {
      const df = tf.filter((m) => m.has(q)).length;
      const f = tf[i].get(q) ?? 0;
      if (!f) return sum;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      return sum + (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * len[i]) / avg));
    }, 0),
  );
}

function randomDocs(seed: number, n: number): LexicalDocument[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vocab = Array.from({ length: 40 }, (_, i) => `w${i}`);
  const pick = (k: number) => Array.from({ length: k }, () => vocab[Math.floor(rand() ** 2 * vocab.length)]);
  return Array.from({ length: n }, () => ({ terms: pick(3 + Math.floor(rand() * 20)), contextTerms: pick(Math.floor(rand() * 6)) }));
}

describe('Bm25Index against a naive BM25 scorer', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`scores random corpus #${seed} exactly like the reference`, () => {
      const docs = randomDocs(seed, 60);
      const index = new Bm25Index(docs);
      const query = ['w0', 'w3', 'w17', 'w39'];
      const reference = naiveBm25(docs, query);
      const got = index.search(plainGroups(query.map((term) => ({ term }))), docs.length);
      for (const hit of got) expect(hit.score).toBeCloseTo(reference[hit.index], 9);
      const expectedOrder = reference
        .map((score, i) => ({ score, i }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i);
      expect(got.map((h) => h.index)).toEqual(expectedOrder.map((x) => x.i));
    });
  }

  it('on a large corpus skips very common terms inside a concept, but never a whole concept', () => {
    const docs = Array.from({ length: 20_000 }, (_, i) => ({
      terms: ['common', i % 100 === 0 ? 'rare' : 'other', `d${i}`],
      contextTerms: [],
    }));
    const index = new Bm25Index(docs);
    const group = (t: string) => ({ original: [t], alternatives: [{ terms: [t], weight: 1 }] });
    const both = index.search([group('common'), group('rare')], 5);
    expect(both.map((h) => h.index)).toEqual([0, 100, 200, 300, 400]);
    // "common" is the whole of its concept, so it is still scored.
    expect(both[0].score).toBeGreaterThan(index.search([group('rare')], 1)[0].score);
    expect(index.search([group('common')], 3)).toHaveLength(3);
    // Inside a concept with a rarer alternative, the common term is skipped.
    const mixed = {
      original: ['rare'],
      alternatives: [
        { terms: ['rare'], weight: 1 },
        { terms: ['common'], weight: 1 },
      ],
    };
    expect(index.search([mixed], 200).every((h) => h.index % 100 === 0)).toBe(true);
  });

  it('counts a concept once, through its best alternative', () => {
    const docs = [
      { terms: ['sg17', 'secur'], contextTerms: [] },
      { terms: ['commiss', 'etud', 'secur'], contextTerms: [] },
    ];
    const index = new Bm25Index(docs);
    const groups = [
      {
        original: ['sg17'],
        alternatives: [
          { terms: ['sg17'], weight: 1 },
          { terms: ['commiss', 'etud'], weight: 0.9 },
        ],
      },
    ];
    const hits = index.search(groups, 2);
    expect(hits.map((h) => h.index).sort()).toEqual([0, 1]);
    expect(index.coverage(groups, 1)).toBe(1);
    expect(index.coverage([...groups, { original: ['2026'], alternatives: [{ terms: ['2026'], weight: 1 }] }], 0)).toBeLessThan(0.5);
  });
});

describe('general-dictionary alternatives', () => {
  const group = (alternatives: Array<{ terms: string[]; weight: number; source?: 'lexicon' }>) => ({ original: ['meet'], alternatives });

  it('never outrank the word the question used, even when rarer', () => {
    // "meet" is common (in many clauses), "reun" rare: unchecked, the dictionary sense would score higher.
    const docs = [
      { terms: ['meet', 'agenda'], contextTerms: [] },
      { terms: ['reun', 'agenda'], contextTerms: [] },
      ...Array.from({ length: 30 }, (_, i) => ({ terms: ['meet', `x${i}`], contextTerms: [] })),
    ];
    const index = new Bm25Index(docs);
    const hits = index.search(
      [
        group([
          { terms: ['meet'], weight: 1 },
          { terms: ['reun'], weight: 0.6, source: 'lexicon' },
        ]),
      ],
      docs.length,
    );
    expect(hits[0].index).not.toBe(1);
    expect(hits.find((h) => h.index === 1)!.score).toBeLessThanOrEqual(hits.find((h) => h.index === 0)!.score);
  });

  it('count less towards coverage than the word itself', () => {
    const index = new Bm25Index([
      { terms: ['reun'], contextTerms: [] },
      { terms: ['meet'], contextTerms: [] },
    ]);
    const groups = [
      {
        original: ['zzz'],
        alternatives: [
          { terms: ['zzz'], weight: 1 },
          { terms: ['reun'], weight: 0.6, source: 'lexicon' as const },
        ],
      },
    ];
    expect(index.credits(groups, [0])).toEqual([0.8]);
    expect(index.credits([{ original: ['meet'], alternatives: [{ terms: ['meet'], weight: 1 }] }], [1])).toEqual([1]);
  });
});

describe('coverage and credits of one hit', () => {
  it('reuse the credits of the last coverage call only for the same, unchanged concepts and document', () => {
    const index = new Bm25Index([
      { terms: ['a', 'b'], contextTerms: [] },
      { terms: ['b', 'c'], contextTerms: [] },
    ]);
    const groups = [
      { original: ['a'], alternatives: [{ terms: ['a'], weight: 1 }] },
      { original: ['c'], alternatives: [{ terms: ['c'], weight: 1 }] },
    ];
    const fresh = new Bm25Index([
      { terms: ['a', 'b'], contextTerms: [] },
      { terms: ['b', 'c'], contextTerms: [] },
    ]);
    expect(index.coverage(groups, 0)).toBe(fresh.coverage(groups, 0));
    expect(index.credits(groups, [0])).toEqual([1, 0]);
    expect(index.credits(groups, [1])).toEqual([0, 1]);
    index.coverage(groups, 0);
    groups[1].alternatives.push({ terms: ['a'], weight: 1 });
    expect(index.credits(groups, [0])).toEqual([1, 1]);
  });
});
