/**
 * Finds the documents of a corpus folder and their metadata: from
 * manifest.json where it has an entry, detected from the text otherwise.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';
import { isSupported } from './extract-text.ts';
import { detectLanguage } from '../query/language.ts';
import { slug } from '../text.ts';
import type { DocumentMeta } from '../types.ts';

const ManifestEntry = z.strictObject({
  file: z.string().min(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1),
  citation: z.string().min(1),
  short: z.string().min(1),
  body: z.string().optional(),
  date: z.string().optional(),
  language: z.enum(['en', 'fr', 'es']),
  kind: z.string().optional(),
  url: z.url().optional(),
  aliases: z.array(z.string().min(2)).optional(),
  annexes: z.record(z.string(), z.string()).optional(),
});

const Manifest = z.strictObject({ version: z.literal(1), documents: z.array(ManifestEntry) });

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus folder, as the manifest names it. */
  file: string;
  /** Metadata from the manifest, when it has an entry. */
  meta?: DocumentMeta;
  /** sha256 of the file's bytes: what incremental indexing compares. */
  hash: string;
}

/** Lists the corpus's documents with their manifest entries and content hashes. */
export async function scanCorpus(dir: string): Promise<CorpusFile[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new CodedError(ErrorCode.CorpusMissing, `Corpus folder not found: ${dir}. Pass --corpus DIR with your documents (.txt, .md, .docx, .pdf, .html).`, { cause: error });
  }
  const manifest = await readManifest(dir);
  const files = (await walk(dir)).filter(isSupported).sort();
  const out: CorpusFile[] = [];
  for (const path of files) {
    const file = relative(dir, path).split('\\').join('/');
    const bytes = await readFile(path);
    out.push({ path, file, meta: manifest.get(file), hash: createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}

async function readManifest(dir: string): Promise<Map<string, DocumentMeta>> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return new Map();
  }
  const parsed = Manifest.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodedError(ErrorCode.ConfigInvalid, `${join(dir, 'manifest.json')}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return new Map(parsed.data.documents.map((d) => [d.file, d]));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules') return [];
      return e.isDirectory() ? walk(full) : [full];
    }),
  );
  return nested.flat();
}

/** Metadata for a document the manifest does not know: title from its first substantial line, language detected. */
export function detectMeta(file: string, text: string): DocumentMeta {
  const lines = text.split('\n').map((l) => l.replace(/\[bookmark:[^\]]*\]/g, '').trim()).filter((l) => l.split(/\s+/).length >= 3);
  const title = (lines[0] ?? basename(file)).slice(0, 160);
  const shortTitle = title.length > 40 ? title.slice(0, 39).replace(/\s+\S*$/, '') + '…' : title;
  return {
    id: slug(basename(file, extname(file))) || 'doc',
    file,
    title,
    citation: title.length > 80 ? title.slice(0, 79).replace(/\s+\S*$/, '') + '…' : title,
    short: shortTitle,
    language: detectLanguage(text.slice(0, 4000)),
  };
}
