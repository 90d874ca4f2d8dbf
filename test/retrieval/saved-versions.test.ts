/**
 * Saved indexes and compiled tables are reused while their version numbers
 * match (PARSER_VERSION for clauses.json and last-good/, ANALYSIS_VERSION for
 * lexical.bin, the analysed glossary, lexicon.tsv and word-frequency.json;
 * LEXICAL_FORMAT for lexical.bin alone, when a clause's indexed fields change).
 * A change to the parser or the analysis that forgets the bump leaves every
 * existing index answering from stale clauses or terms. This test records
 * what each version produces on the seed corpus and fails when the output
 * changes under the same number.
 *
 * The analysis output covers the analysed glossary, which is saved keyed on
 * the glossary file's hash as well: an edit of the glossary alone needs no
 * bump, only re-recording.
 *
 * After a deliberate change: bump the version, then
 *   UPDATE_VERSIONS=1 npx vitest run test/retrieval/saved-versions.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../retrieval/ingest/parse/itu-parser.ts';
import { lexicalDocument } from '../../retrieval/lexical/build-lexical.ts';
import { LEXICAL_FORMAT } from '../../retrieval/lexical/saved-lexical.ts';
import { GLOSSARY_PATH, openIndex } from '../../retrieval/open-assistant.ts';
import { ANALYSIS_VERSION } from '../../retrieval/query/analyze.ts';
import { Glossary } from '../../retrieval/query/glossary.ts';
import { sha256 } from '../../retrieval/storage.ts';
import { tempDirs } from '../helpers/temp-dirs.ts';

const FIXTURE = 'test/retrieval/fixtures/saved-versions.json';
interface Recorded {
  version: number | string;
  output: string;
}
const { temp } = tempDirs();

describe('saved-format versions', async () => {
  const opened = await openIndex({ corpusDir: 'corpus', indexDir: await temp() });
  const analysed = opened.store.clauses.map((c, i) => lexicalDocument(c, opened.store.languageOf(i)));
  const current: Record<string, Recorded> = {
    parser: { version: PARSER_VERSION, output: sha256(JSON.stringify(opened.store.clauses)) },
    analysis: {
      version: `${ANALYSIS_VERSION}.${LEXICAL_FORMAT}`,
      output: sha256(JSON.stringify([analysed, Glossary.fromFile(GLOSSARY_PATH).analysed()])),
    },
  };
  if (process.env.UPDATE_VERSIONS) writeFileSync(FIXTURE, `${JSON.stringify(current, null, 2)}\n`);
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Recorded>;

  it.each([
    ['parser', 'PARSER_VERSION in retrieval/ingest/parse/itu-parser.ts'],
    [
      'analysis',
      'ANALYSIS_VERSION in retrieval/query/analyze.ts (then rebuild the lexicon: npx tsx scripts/lexicon/build-lexicon.ts), ' +
        "or LEXICAL_FORMAT in retrieval/lexical/saved-lexical.ts when only a clause's indexed fields change",
    ],
  ])('the %s output changes only with its version', (what, where) => {
    const sameVersion = current[what].version === recorded[what].version;
    if (sameVersion && current[what].output !== recorded[what].output) {
      const glossary = what === 'analysis' ? ' An edit of the glossary alone changes it too: then only re-record.' : '';
      expect.fail(
        `The ${what} output changed on the seed corpus but its version did not: bump ${where}, then re-record (see this file).${glossary}`,
      );
    }
    if (!sameVersion) expect.fail(`${where} is ${current[what].version}, recorded ${recorded[what].version}: re-record (see this file).`);
  });
});
