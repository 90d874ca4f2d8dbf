/**
 * Extracted text made safe to store and print: terminal escape sequences
 * (strip-ansi) and other control characters are removed, Windows and old Mac
 * line ends become "\n". Line breaks and tabs stay: the ITU parser reads
 * them as structure ("a)\t…", "6.7\t…"). Invisible formatting that can hide
 * or reorder text (bidirectional overrides, zero-width characters) goes too.
 */
import stripAnsi from 'strip-ansi';

// C0 controls but \t and \n, DEL, C1 controls; bidi embeddings, overrides and isolates; zero-width and BOM; soft hyphen.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function cleanText(text: string): string {
  return stripAnsi(text.replace(/\r\n?/g, '\n')).replace(INVISIBLE, '');
}
