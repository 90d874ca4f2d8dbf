/**
 * Turns a document file into plain text for the parser, by format, through
 * well-kept extraction libraries: mammoth (DOCX), unpdf (PDF, Mozilla's
 * pdf.js), html-to-text (HTML). Markdown and plain text are read as they are.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CodedError, ErrorCode } from '../errors.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.pdf', '.html', '.htm'] as const;

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

/** Extracted text of a document; throws CodedError(DocumentUnreadable) for corrupt or unreadable files. */
export async function extractText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw unreadable(path, 'cannot read the file', error);
  }
  try {
    switch (ext) {
      case '.docx':
        return squeezeBlankLines(await docxText(buffer));
      case '.pdf':
        return squeezeBlankLines(await pdfText(buffer));
      case '.html':
      case '.htm':
        return squeezeBlankLines(await htmlText(buffer.toString('utf8')));
      case '.md':
      case '.markdown':
        return markdownText(buffer.toString('utf8'));
      default:
        return buffer.toString('utf8');
    }
  } catch (error) {
    if (error instanceof CodedError) throw error;
    throw unreadable(path, `not a valid ${ext.slice(1).toUpperCase()} file`, error);
  }
}

async function docxText(buffer: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer });
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
  return convert(html, {
    wordwrap: false,
    selectors: [
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
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/(\*\*|__)(.*?)\1/g, '$2').replace(/^\s*[-*+]\s+/, '• '))
    .join('\n');
}

/** Word and PDF extractors separate every paragraph with blank lines; the parser reads blank runs as structure. */
function squeezeBlankLines(text: string): string {
  return text.replace(/\r/g, '').replace(/\n[ \t]*\n+/g, '\n');
}

function unreadable(path: string, what: string, cause: unknown): CodedError {
  const detail = cause instanceof Error ? cause.message.split('\n', 1)[0] : String(cause);
  return new CodedError(ErrorCode.DocumentUnreadable, `Skipped ${path}: ${what} (${detail}). Fix or remove the file and run "index" again.`, { cause, fields: { path } });
}
