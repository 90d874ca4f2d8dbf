import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseList } from '../../../retrieval/ingest/clause-store.ts';
import { buildLexicalIndex, openLexicalIndex } from '../../../retrieval/lexical/build-lexical.ts';
import { LEXICAL_FILE, readLexical, saveLexical } from '../../../retrieval/lexical/saved-lexical.ts';
import { openIndex } from '../../../retrieval/open-assistant.ts';
import type { TermGroup } from '../../../retrieval/types.ts';
import { tempDirs } from '../../helpers/temp-dirs.ts';

const { temp } = tempDirs();

async function seed() {
  const indexDir = await temp();
  const opened = await openIndex({ corpusDir: 'corpus', indexDir });
  return { indexDir, store: new ClauseList(opened.store.clauses, opened.store.docs.values()), hash: opened.corpusHash };
}

const groups: TermGroup[] = [
  {
    original: ['coconven'],
    alternatives: [
      { terms: ['coconven'], weight: 1 },
      { terms: ['corespons'], weight: 0.9 },
    ],
  },
  {
    original: ['jcg-iotsec'],
    alternatives: [
      { terms: ['jcg-iotsec'], weight: 1 },
      { terms: ['jcg', 'iotsec'], weight: 1 },
    ],
  },
];

describe('the saved lexical index', () => {
  it('reads back the same postings, bit for bit, and searches the same', async () => {
    const { indexDir, store, hash } = await seed();
    const built = buildLexicalIndex(store);
    saveLexical(indexDir, hash, built.postings);
    const read = readLexical(indexDir, hash)!;
    expect(read).toBeDefined();
    for (const key of ['offsets', 'docs', 'scores', 'flags', 'lengths', 'terms', 'avgLength'] as const) {
      expect(read.arrays[key]).toEqual(built.postings.arrays[key]);
    }
    expect(read.maxScore).toEqual(built.postings.maxScore);
    const again = openLexicalIndex(store, { indexDir, corpusHash: hash });
    expect(again.search(groups, 20)).toEqual(built.search(groups, 20));
    expect(again.credits(groups, [0, 5, 30])).toEqual(built.credits(groups, [0, 5, 30]));
  });

  it('is not used for another corpus, and is rebuilt when damaged or cut short', async () => {
    const { indexDir, store, hash } = await seed();
    const built = openLexicalIndex(store, { indexDir, corpusHash: hash });
    const file = join(indexDir, LEXICAL_FILE);
    expect(readLexical(indexDir, 'another corpus')).toBeUndefined();
    const bytes = readFileSync(file);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 100] ^= 0xff;
    writeFileSync(file, damaged);
    expect(readLexical(indexDir, hash)).toBeUndefined();
    const rebuilt = openLexicalIndex(store, { indexDir, corpusHash: hash });
    expect(rebuilt.search(groups, 20)).toEqual(built.search(groups, 20));
    expect(readFileSync(file)).toEqual(bytes);
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    expect(readLexical(indexDir, hash)).toBeUndefined();
    writeFileSync(file, 'not an index');
    expect(readLexical(indexDir, hash)).toBeUndefined();
  });

  it('answers from memory with one notice when the file cannot be written, and leaves no temporary file', async () => {
    const { indexDir, store, hash } = await seed();
    rmSync(join(indexDir, LEXICAL_FILE), { force: true });
    mkdirSync(join(indexDir, LEXICAL_FILE));
    const before = readdirSync(indexDir).sort();
    const notices: string[] = [];
    const index = openLexicalIndex(store, { indexDir, corpusHash: hash }, notices);
    expect(index.search(groups, 20)).toEqual(buildLexicalIndex(store).search(groups, 20));
    expect(notices).toEqual([
      expect.stringMatching(/^Could not save the lexical index at .*lexical\.bin \(EISDIR\): it is made again at each start\.$/),
    ]);
    expect(readdirSync(indexDir).sort()).toEqual(before);
    const quiet: string[] = [];
    openLexicalIndex(store, { indexDir, corpusHash: hash, writable: false }, quiet);
    expect(quiet).toEqual([]);
  });
});
