import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../retrieval/verify/phrase-table.ts';
import { phrasePattern } from '../../../retrieval/text.ts';
import { prepare } from '../../../retrieval/verify/fact.ts';

const found = (table: PhraseTable, text: string) => table.matches(text).map((m) => `${m.phrase}@${m.start}-${m.end}`);

describe('a phrase table', () => {
  const table = new PhraseTable(['union', 'union africaine', 'union africaine des telecommunications', 'uit', 'e-gov', "cote d'ivoire"]);

  it('finds the longest phrase at each word, then goes on after it', () => {
    expect(found(table, "l'union africaine des telecommunications et l'uit")).toEqual([
      'union africaine des telecommunications@2-40',
      'uit@46-49',
    ]);
    expect(found(table, "l'union africaine de l'uit")).toEqual(['union africaine@2-17', 'uit@23-26']);
  });

  it('reads any run of white space as the phrase space', () => {
    expect(found(table, 'union \n\u00a0africaine')).toEqual(['union africaine@0-17']);
  });

  it('matches whole words only: a hyphen or a letter joins a word', () => {
    expect(found(table, 'unions e-gov-2 reunion e-gov, uit-t')).toEqual(['e-gov@23-28']);
  });

  it('keeps punctuation inside a phrase literal', () => {
    expect(found(table, "la cote d'ivoire, la cote d ivoire")).toEqual(["cote d'ivoire@3-16"]);
  });

  it('refuses a phrase that does not start and end with a word character', () => {
    expect(() => new PhraseTable(['union '])).toThrow(/word character/);
  });
});

/** The alternation regex the table replaces, longest first: the reference its matches must equal. */
function referenceMatches(phrases: string[], text: string): string[] {
  const alternation = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
  const re = new RegExp(String.raw`(?<![\w-])(${alternation})(?![\w-])`, 'g');
  return [...text.matchAll(re)].map((m) => `${m[1].replace(/\s+/g, ' ')}@${m.index}-${m.index! + m[0].length}`);
}

describe('the named things of the corpus', () => {
  it('are found by the table exactly where the alternation regex finds them, in every corpus line', () => {
    const data = (name: string) => JSON.parse(readFileSync(join('retrieval/verify/data', name), 'utf8'));
    const phrases = [
      ...data('entities.json').entities.flatMap((e: { forms: string[] }) => e.forms),
      ...data('places.json').places.flat(),
      ...data('cities.json').cities,
    ];
    const table = new PhraseTable(phrases);
    const lines = readdirSync('corpus/documents').flatMap((f) => readFileSync(join('corpus/documents', f), 'utf8').split('\n'));
    let matched = 0;
    for (const line of lines) {
      const { text } = prepare(line);
      const expected = referenceMatches(phrases, text);
      expect(found(table, text), line).toEqual(expected);
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(100);
  });
});
