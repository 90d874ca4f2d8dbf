/**
 * The BM25 postings saved with the index (`lexical.bin`), so a start reads
 * typed arrays straight from one file instead of analysing every clause
 * again. The file is keyed by the corpus hash the clauses were saved with,
 * ANALYSIS_VERSION and this layout's version, and its body is hash-checked:
 * a missing, damaged or outdated file is rebuilt from the clauses.
 *
 * Layout: "IOTSECLX", header length (u32 LE), header JSON, padding to 8
 * bytes, then the body: scores and maxima (f64), lengths (f64), offsets and
 * docs (i32), flags (u8), terms (UTF-8, one per line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_VERSION } from '../query/analyze.ts';
import { saveDerived, sha256 } from '../storage.ts';
import { PostingLists, type PostingArrays } from './postings.ts';

export const LEXICAL_FILE = 'lexical.bin';
/** Bump when what is indexed per clause or how it is scored changes (fields, weights, k1, b). */
export const LEXICAL_FORMAT = 3;
const MAGIC = 'IOTSECLX';

interface Header {
  format: number;
  analysis: number;
  corpusHash: string;
  docs: number;
  terms: number;
  postings: number;
  avgLength: number;
  termBytes: number;
  body: string;
}

/** Writes the postings (atomically: a reader sees the old file or the new one). */
export function saveLexical(dir: string, corpusHash: string, postings: PostingLists, notices: string[] = []): void {
  const a = postings.arrays;
  const terms = Buffer.from(a.terms.join('\n'), 'utf8');
  const arrays = [a.scores, postings.maxScore, a.lengths, a.offsets, a.docs, a.flags];
  const parts = arrays.map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength));
  const body = Buffer.concat([...parts, terms]);
  const header: Header = {
    format: LEXICAL_FORMAT,
    analysis: ANALYSIS_VERSION,
    corpusHash,
    docs: a.lengths.length,
    terms: a.terms.length,
    postings: a.docs.length,
    avgLength: a.avgLength,
    termBytes: terms.length,
    body: sha256(body),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align8(MAGIC.length + 4 + json.length);
  const head = Buffer.alloc(start);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  const file = join(dir, LEXICAL_FILE);
  saveDerived(file, Buffer.concat([head, body]), 'the lexical index', notices);
}

/** The saved postings when they are there, whole, and built from these clauses with this analysis; else undefined. */
export function readLexical(dir: string, corpusHash: string): PostingLists | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, LEXICAL_FILE));
  } catch {
    return undefined;
  }
  const header = readHeader(bytes);
  const current = header && header.format === LEXICAL_FORMAT && header.analysis === ANALYSIS_VERSION;
  if (!header || !current || header.corpusHash !== corpusHash) return undefined;
  const start = align8(MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length));
  const { docs, terms, postings, termBytes } = header;
  const expected = 8 * (postings + terms + docs) + 4 * (terms + 1 + postings) + postings + termBytes;
  if (bytes.length - start !== expected) return undefined;
  // Typed arrays need aligned offsets: Node's file buffers may sit anywhere in a shared pool.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const body = buffer.subarray(start);
  if (sha256(body) !== header.body) return undefined;
  let at = buffer.byteOffset + start;
  const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, size: number): T => {
    const view = make(buffer.buffer as ArrayBuffer, at, n);
    at += n * size;
    return view;
  };
  const scores = take((b, o, n) => new Float64Array(b, o, n), postings, 8);
  const maxScore = take((b, o, n) => new Float64Array(b, o, n), terms, 8);
  const lengths = take((b, o, n) => new Float64Array(b, o, n), docs, 8);
  const offsets = take((b, o, n) => new Int32Array(b, o, n), terms + 1, 4);
  const docIds = take((b, o, n) => new Int32Array(b, o, n), postings, 4);
  const flags = take((b, o, n) => new Uint8Array(b, o, n), postings, 1);
  const termList = termBytes ? buffer.toString('utf8', at - buffer.byteOffset, at - buffer.byteOffset + termBytes).split('\n') : [];
  if (termList.length !== terms) return undefined;
  const arrays: PostingArrays = { terms: termList, offsets, docs: docIds, scores, flags, lengths, avgLength: header.avgLength };
  return new PostingLists(arrays, maxScore);
}

function readHeader(bytes: Buffer): Header | undefined {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const length = bytes.readUInt32LE(MAGIC.length);
  try {
    return JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as Header;
  } catch {
    return undefined;
  }
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
