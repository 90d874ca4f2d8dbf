import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../retrieval/config.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { WordSpecificity } from '../../../retrieval/query/specificity.ts';
import type { Lang } from '../../../retrieval/types.ts';

const spec = WordSpecificity.fromFile(join(REPO_ROOT, 'retrieval', 'query', 'data', 'word-frequency.json'));
const of = (word: string, lang: Lang = 'en') => spec.of(analyzeQuery(word, lang)[0].term, lang);

describe('how specific a word of a question is', () => {
  it('ranks everyday words low, rarer words higher, names and numbers highest', () => {
    expect(of('need')).toBeLessThan(0.2);
    expect(of('need')).toBeLessThan(of('budget'));
    expect(of('budget')).toBeLessThan(of('deadline'));
    expect(of('schengen')).toBe(1);
    expect(spec.of('2026', 'en')).toBe(1);
  });

  it('knows French words written with à, è, ê, ç, ô, î or û (the Wiktionary list lost them all; Onboard counts them)', () => {
    expect(of('déjà', 'fr')).toBeLessThan(0.4);
    expect(of('très', 'fr')).toBeLessThan(0.4);
    expect(of('août', 'fr')).toBeLessThan(0.4);
    for (const word of ['problème', 'préside', 'côté', 'hôpital', 'fenêtre', 'leçon']) expect(of(word, 'fr')).toBeLessThan(1);
    // "où", "là", "être", "même" are stop words: never weighed at all.
    for (const word of ['où', 'là', 'être', 'même', 'peut-être']) expect(analyzeQuery(word, 'fr')).toEqual([]);
    expect(of('Schengen', 'fr')).toBe(1);
    expect(of('Fathy', 'fr')).toBe(1);
  });
});
