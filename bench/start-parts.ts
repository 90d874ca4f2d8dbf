/**
 * Child process of the seed benchmark (`--index DIR --mode saved|rebuild --out FILE`):
 * in a fresh process, after the imports, the start-up work the issue named:
 * the query tables (glossary analysed again, or read analysed from the saved
 * index) and BM25 (rebuilt by analysing every clause, or read from lexical.bin).
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadCoreConfig } from '../retrieval/config.ts';
import { buildLexicalIndex } from '../retrieval/lexical/build-lexical.ts';
import { readLexical } from '../retrieval/lexical/saved-lexical.ts';
import { loadQueryResources, openIndex } from '../retrieval/open-assistant.ts';
import { readArgs, required } from './scale/cli-args.ts';

const args = readArgs(process.argv.slice(2), ['index', 'mode', 'out']);
const indexDir = required(args, 'index');
const saved = required(args, 'mode') === 'saved';
const opened = await openIndex({ corpusDir: loadCoreConfig({}).corpusDir, indexDir });
let t = performance.now();
loadQueryResources(undefined, [], saved ? indexDir : undefined);
const tablesMs = performance.now() - t;
t = performance.now();
const lexical = saved ? readLexical(indexDir, opened.corpusHash) : buildLexicalIndex(opened.store).postings;
const bm25Ms = performance.now() - t;
if (!lexical) throw new Error(`no saved lexical index in ${indexDir}`);
await writeFile(required(args, 'out'), JSON.stringify({ mode: saved ? 'saved' : 'rebuild', query_tables_ms: tablesMs, bm25_ms: bm25Ms }));
