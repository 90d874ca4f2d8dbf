import { readFileSync } from 'node:fs';
import { parseItuText } from '../retrieval/ingest/parse/itu-parser.ts';
import { detectMeta } from '../retrieval/ingest/corpus.ts';
const f = process.argv[2];
const text = readFileSync(f, 'utf8');
for (const c of parseItuText(text, { ...detectMeta(f, text), short: 'T' })) console.log(`${c.id} | ${c.label} | ${c.text.slice(0, 50)}`);
