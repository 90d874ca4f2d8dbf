/**
 * Turns a document file into plain text for the parser, by format, through
 * well-kept extraction libraries: mammoth (DOCX), unpdf (PDF, Mozilla's
 * pdf.js), html-to-text (HTML). Markdown and plain text are decoded
 * (decode-text.ts) and read as they are. Hidden HTML and DOCX text is dropped
 * (hidden-content.ts) and control characters removed (clean-text.ts).
 */
import { extname } from 'node:path';
import { CodedError, ErrorCode } from '../errors.ts';
import { NotRegularFileError, readRegularFile } from '../storage.ts';
import { cleanText } from './clean-text.ts';
import { decodeText, NotTextError } from './decode-text.ts';
import { dropHiddenDocxText, HIDDEN_HTML_SELECTORS, markHiddenHtml } from './hidden-content.ts';

/** Larger files are skipped with a note: a document, not a data dump. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.pdf', '.html', '.htm'] as const;

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

/** Extracted text of a document; throws CodedError(DocumentUnreadable) for corrupt, binary or unreadable files. */
export async function extractText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(path, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw unreadable(path, `it is ${error.kind}, not a regular file`, error);
    if (error instanceof RangeError) throw unreadable(path, `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`, error);
    throw unreadable(path, 'cannot read the file', error);
  }
  try {
    return cleanText(await textOf(ext, buffer));
  } catch (error) {
    if (error instanceof CodedError) throw error;
    if (error instanceof NotTextError) throw unreadable(path, 'not a text document', error);
    throw unreadable(path, `not a valid ${ext.slice(1).toUpperCase()} file`, error);
  }
}

async function textOf(ext: string, buffer: Buffer): Promise<string> {
  switch (ext) {
    case '.docx':
      return squeezeBlankLines(await docxText(buffer));
    case '.pdf':
      return squeezeBlankLines(await pdfText(buffer));
    case '.html':
    case '.htm':
      return squeezeBlankLines(await htmlText(decodeText(buffer)));
    case '.md':
    case '.markdown':
      return markdownText(decodeText(buffer));
    default:
      return decodeText(buffer);
  }
}

async function docxText(buffer: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer: await dropHiddenDocxText(buffer) });
  return result.value;
}

async function pdfText(buffer: Buffer): Promise<string> {
  const { extractText: extractPdf, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractPdf(pdf, { mergePages: true });
  return text;
}

async function htmlText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(markHiddenHtml(html), {
    wordwrap: false,
    selectors: [
      ...HIDDEN_HTML_SELECTORS,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'ul', options: { itemPrefix: '• ' } },
    ],
  });
}

/** Markdown is close to the plain text the parser reads: drop heading hashes and emphasis marks. */
function markdownText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/(\*\*|__)(.*?)\1/g, '$2')
        .replace(/^\s*[-*+]\s+/, '• '),
    )
    .join('\n');
}

/** Word and PDF extractors separate every paragraph with blank lines; the parser reads blank runs as structure. */
function squeezeBlankLines(text: string): string {
  return text.replace(/\r/g, '').replace(/\n[ \t]*\n+/g, '\n');
}

function unreadable(path: string, what: string, cause: unknown): CodedError {
  const detail = cause instanceof Error ? cause.message.split('\n', 1)[0] : String(cause);
  return new CodedError(
    ErrorCode.DocumentUnreadable,
    `Skipped ${path}: ${what} (${detail}). Fix or remove the file and run "index" again.`,
    { cause, fields: { path } },
  );
}
