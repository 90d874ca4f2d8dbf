/**
 * Finds the documents of a corpus folder and their metadata: from
 * manifest.json where it has an entry, detected from the text otherwise.
 * Only regular files are read: a FIFO, socket or device named like a
 * document is skipped with a note (reading a FIFO would hang), symbolic links
 * to folders are not followed (no loops).
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';
import { fileKind, NotRegularFileError, readRegularFile } from '../storage.ts';
import { isSupported, MAX_DOCUMENT_BYTES, SUPPORTED_EXTENSIONS } from './extract-text.ts';
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

const KINDS = SUPPORTED_EXTENSIONS.join(', ');

/**
 * Lists the corpus's documents with their manifest entries and content hashes.
 * Files that cannot be read are left out with a one-line note in `notes`; a
 * folder with no supported document at all is an error.
 */
export async function scanCorpus(dir: string, notes: string[] = []): Promise<CorpusFile[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    const message = `Corpus folder not found: ${dir}. Pass --corpus DIR with your documents (${KINDS}).`;
    throw new CodedError(ErrorCode.CorpusMissing, message, { cause: error });
  }
  const manifest = await readManifest(dir);
  const files = (await walk(dir, notes)).filter(isSupported).sort();
  const out: CorpusFile[] = [];
  for (const path of files) {
    const file = relative(dir, path).split('\\').join('/');
    try {
      const bytes = await readRegularFile(path, MAX_DOCUMENT_BYTES);
      out.push({ path, file, meta: manifest.get(file), hash: createHash('sha256').update(bytes).digest('hex') });
    } catch (error) {
      notes.push(`Skipped ${path}: ${skipReason(error)}. Replace it with a regular document file, or remove it.`);
    }
  }
  if (!out.length) {
    const found = files.length ? `none of its ${files.length} document file(s) could be read` : 'it holds no supported document';
    throw new CodedError(ErrorCode.CorpusEmpty, `Nothing to index in ${dir}: ${found}. Add ${KINDS} files, or pass --corpus DIR.`);
  }
  return out;
}

function skipReason(error: unknown): string {
  if (error instanceof NotRegularFileError) return `it is ${error.kind}, not a regular file`;
  if (error instanceof RangeError) return `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`;
  return `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
}

async function readManifest(dir: string): Promise<Map<string, DocumentMeta>> {
  const path = join(dir, 'manifest.json');
  let raw: string;
  try {
    raw = (await readRegularFile(path)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new CodedError(ErrorCode.ConfigInvalid, `${path}: ${skipReason(error)}. Fix or remove the manifest.`, { cause: error });
  }
  const parsed = Manifest.safeParse(parseManifestJson(path, raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodedError(ErrorCode.ConfigInvalid, `${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return new Map(parsed.data.documents.map((d) => [d.file, d]));
}

/** JSON.parse, with an error that names the file, the line and the column. */
function parseManifestJson(path: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? raw.length : NaN));
    const where = Number.isNaN(position) ? '' : ` at ${lineColumn(raw, position)}`;
    const detail = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected');
    const hint = 'Fix the file (see corpus/manifest.json for the format).';
    throw new CodedError(ErrorCode.ConfigInvalid, `${path}: not valid JSON${where} (${detail}). ${hint}`, { cause: error });
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** Files under a folder. Dot files, node_modules and symbolic links to folders are left alone. */
async function walk(dir: string, notes: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules') return [];
      if (e.isDirectory()) return walk(full, notes);
      if (e.isFile()) return [full];
      if (!isSupported(full)) return [];
      if (!e.isSymbolicLink()) {
        notes.push(`Skipped ${full}: it is ${fileKind(e)}, not a regular file. Remove it from the corpus folder.`);
        return [];
      }
      return followLink(full, notes);
    }),
  );
  return nested.flat();
}

/** A link to a regular file is read; a link to anything else (a folder, a loop, nothing) is not. */
async function followLink(path: string, notes: string[]): Promise<string[]> {
  try {
    const target = await stat(path);
    if (target.isFile()) return [path];
    notes.push(`Skipped ${path}: a link to ${fileKind(target)}, not to a regular file.`);
  } catch (error) {
    notes.push(`Skipped ${path}: a broken or looping link (${(error as NodeJS.ErrnoException).code}).`);
  }
  return [];
}

export { detectMeta } from './detect-meta.ts';
