import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../retrieval/config.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { WordSpecificity } from '../../../retrieval/query/specificity.ts';

const spec = WordSpecificity.fromFile(join(REPO_ROOT, 'retrieval', 'query', 'data', 'word-frequency.json'));
const of = (word: string) => spec.of(analyzeQuery(word, 'en')[0].term, 'en');

describe('how specific a word of a question is', () => {
  it('ranks everyday words low, rarer words higher, names and numbers highest', () => {
    expect(of('need')).toBeLessThan(0.2);
    expect(of('need')).toBeLessThan(of('budget'));
    expect(of('budget')).toBeLessThan(of('deadline'));
    expect(of('schengen')).toBe(1);
    expect(spec.of('2026', 'en')).toBe(1);
  });
});
