import { readFile } from 'node:fs/promises';
import { scanCorpus, detectMeta } from '../retrieval/ingest/corpus.ts';
import { extractText } from '../retrieval/ingest/extract-text.ts';
import { parseItuText } from '../retrieval/ingest/parse/itu-parser.ts';

const dir = process.argv[2] ?? 'corpus';
for (const f of await scanCorpus(dir)) {
  const text = await extractText(f.path);
  const meta = f.meta ?? detectMeta(f.file, text);
  const clauses = parseItuText(text, meta);
  console.log(`=== ${meta.id} (${clauses.length})`);
  for (const c of clauses) console.log(`${c.id.padEnd(45)} | ${c.label.padEnd(60)} | ${c.text.slice(0, 60).replace(/\n/g, ' / ')}`);
}
