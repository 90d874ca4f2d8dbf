import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../retrieval/query/lexicon.ts';
import { LEXICON_PATH } from '../../../retrieval/open-assistant.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';

const lexicon = Lexicon.fromFile(LEXICON_PATH);
const term = (word: string, lang: 'en' | 'fr' | 'es') => analyzeQuery(word, lang)[0].term;

describe('the general lexicon', () => {
  it('bridges everyday words across languages, with where each alternative comes from', () => {
    const meeting = lexicon.alternatives(term('meeting', 'en'), 'en');
    expect(meeting.some((a) => a.lang === 'fr' && a.terms.join(' ') === term('réunion', 'fr'))).toBe(true);
    const correo = lexicon.alternatives(term('correo', 'es'), 'es').find((a) => a.lang === 'fr');
    expect(correo).toMatchObject({ kind: 'dictionary', sources: ['apertium-fr-es'] });
    for (const alt of meeting) expect(alt.weight).toBeLessThan(0.9);
  });

  it('describes its size and sources', () => {
    const { entries, sources, alternatives } = lexicon.describe();
    expect(entries.en).toBeGreaterThan(5000);
    expect(entries.fr).toBeGreaterThan(5000);
    expect(entries.es).toBeGreaterThan(3000);
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(['freedict-eng-fra', 'apertium-fr-es', 'wordnet-3.0']));
    expect(sources.every((s) => s.licence && s.debian)).toBe(true);
    expect(alternatives.dictionary).toBeGreaterThan(10_000);
  });
});
