import { beforeAll, describe, expect, it } from 'vitest';
import { latency } from '../../bench/scale/stats.ts';
import { loadSeedVocabulary, type SeedVocabulary } from '../../bench/scale/seed-vocabulary.ts';
import { synthCorpus } from '../../bench/scale/synth-index.ts';
import { VectorMixture } from '../../bench/scale/synth-vectors.ts';
import { dot } from '../../retrieval/dense/embedder.ts';

// Correctness of the benchmark's scaler only: timings are measured by `npm run bench`, never asserted here.
describe('corpus scaler', () => {
  let vocabulary: SeedVocabulary;
  beforeAll(async () => {
    vocabulary = await loadSeedVocabulary();
  });

  it('draws from the seed corpus parsed by the real parser', () => {
    expect(vocabulary.clauses.length).toBeGreaterThan(200);
    expect(vocabulary.fr.length).toBeGreaterThan(5000);
    expect(vocabulary.lengths).toHaveLength(vocabulary.clauses.length);
  });

  it('makes exactly the asked number of ITU-shaped clauses, French and English, the same on every run', () => {
    const a = synthCorpus(vocabulary, 2000);
    const b = synthCorpus(vocabulary, 2000);
    expect(a.clauses).toHaveLength(2000);
    expect(a.clauses.map((c) => c.id)).toEqual(b.clauses.map((c) => c.id));
    expect(new Set(a.clauses.map((c) => c.id)).size).toBe(2000);
    const langs = [...a.docs.values()].map((d) => d.language);
    expect(langs).toContain('en');
    expect(langs).toContain('fr');
    // Labels a delegate would write: lettered clauses under resolution sections, numbered paragraphs under sections.
    expect(a.clauses.some((c) => / › (recalling|considering|noting|recognizing) › [a-z]\)$/.test(c.label))).toBe(true);
    expect(a.clauses.some((c) => /§ \d+\.\d+$/.test(c.label))).toBe(true);
    for (const c of a.clauses) expect(a.docs.has(c.docId)).toBe(true);
  });

  it('makes clustered unit vectors, not uniform noise', () => {
    const vectors = new VectorMixture().many(400, 40);
    for (const v of vectors.slice(0, 20)) expect(dot(v, v)).toBeCloseTo(1, 4);
    // Mean similarity within a document's block of 40 against across blocks.
    let same = 0;
    let other = 0;
    for (let i = 0; i < 400; i += 1) {
      same += dot(vectors[i], vectors[i - (i % 40) + ((i + 1) % 40)]);
      other += dot(vectors[i], vectors[(i + 200) % 400]);
    }
    expect(same / 400).toBeGreaterThan(other / 400 + 0.1);
  });
});

describe('latency percentiles', () => {
  it('uses nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(latency(samples)).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99 });
  });
});
