/**
 * Bytes of a text document (.txt, .md, .html) to a string: UTF-8 when the
 * bytes are valid UTF-8, a byte-order mark's encoding when there is one,
 * otherwise the single-byte Western encoding chardet detects, decoded by
 * iconv-lite (a Windows-1252 file keeps its "é" and "’" instead of U+FFFD).
 * Binary or undecodable bytes are refused, so they never become clauses.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** Why bytes are not text; the caller turns it into a one-line skip note. */
export class NotTextError extends Error {}

const SAMPLE = 64 * 1024;
/** chardet scores 0–100; random bytes score under 10. */
const MIN_CONFIDENCE = 10;
/** The corpus languages are Western European: multi-byte Asian guesses on non-UTF-8 bytes are junk, not documents. */
const LATIN = /^(?:windows-125[0-8]|ISO-8859-(?:1|2|3|4|9|10|13|14|15|16))$/i;

export function decodeText(bytes: Buffer): string {
  const bom = byteOrderMark(bytes);
  if (bom) return checked(iconv.decode(bytes.subarray(bom.length), bom.encoding));
  if (bytes.subarray(0, SAMPLE).includes(0)) throw new NotTextError('binary content (NUL bytes)');
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8);
  const guess = analyse(bytes.subarray(0, SAMPLE)).find((m) => m.confidence >= MIN_CONFIDENCE && LATIN.test(m.name));
  if (!guess) throw new NotTextError('not UTF-8 and no Western encoding recognised');
  // WHATWG reads the ISO-8859-1 label as Windows-1252: the same letters, plus ’ “ ” € – — in 0x80–0x9F.
  const encoding = /^ISO-8859-1$/i.test(guess.name) ? 'windows-1252' : guess.name;
  return checked(iconv.decode(bytes, encoding));
}

function byteOrderMark(bytes: Buffer): { length: number; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, encoding: 'utf8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, encoding: 'utf16-le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, encoding: 'utf16-be' };
  return undefined;
}

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text has few control characters; decoded binary has many. Random bytes behind a UTF-16 byte-order mark decode to
 * characters of every script, which no check of controls sees: they are told by the code points no text uses (lone
 * surrogates, private use, unassigned), which a document in any of ITU's six languages does not hold.
 */
function checked(text: string): string {
  const sample = text.slice(0, SAMPLE);
  // ESC is left out: terminal escape sequences in a text file are cleaned (clean-text.ts), not a reason to skip it.
  const controls =
    (sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0) +
    (sample.match(/[\p{Cs}\p{Co}\p{Cn}]/gu)?.length ?? 0);
  if (controls > Math.max(8, sample.length * 0.01)) {
    throw new NotTextError(`binary or undecodable content (${controls} control characters)`);
  }
  return text;
}
