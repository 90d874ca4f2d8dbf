/**
 * Reads a FreeDict dictionary in dictd format (Debian's dict-freedict-*
 * packages: `.index` lines "headword TAB offset TAB length" in dictd's
 * base64, and a dictzip `.dict.dz` that gunzip reads whole).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 64 + B64.indexOf(ch);
  return n;
}

/** A word's translations, each with the index of its dictionary in SOURCES. */
export type Pairs = Map<string, Array<{ text: string; source: number }>>;

/** Headword → its translations in sense order (parentheses, grammar tags and notes dropped). */
export function readFreeDict(path: string): Map<string, string[]> {
  const index = readFileSync(`${path}.index`, 'utf8');
  const dict = gunzipSync(readFileSync(`${path}.dict.dz`));
  const out = new Map<string, string[]>();
  for (const line of index.split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || !length || head.startsWith('00database')) continue;
    const body = dict.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8');
    const translations = body.split('\n').slice(1).flatMap(senseTranslations);
    if (!translations.length) continue;
    const key = head.trim().toLowerCase();
    out.set(key, [...new Set([...(out.get(key) ?? []), ...translations])]);
  }
  return out;
}

function senseTranslations(line: string): string[] {
  const text = line
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/\([^)]*\)|<[^>]*>|\[[^\]]*\]/g, ' ')
    .trim();
  if (!text || /^(see|note|syn|ant)\b/i.test(text)) return [];
  return text
    .split(/[,;]/)
    .map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter((t) => t && t.split(' ').length <= 3 && /^[\p{L}' -]+$/u.test(t));
}
