import { createRequire } from 'node:module';
import type { Lang } from '../types.ts';

// tinyld's n-gram tables take ~0.4 s to load: loaded on first need, not at start-up.
let tinyld: typeof import('tinyld') | undefined;
const requireCjs = createRequire(import.meta.url);
function detect(text: string, options: { only: string[] }): string {
  tinyld ??= requireCjs('tinyld') as typeof import('tinyld');
  return tinyld.detect(text, options);
}

// Function words that settle short questions where n-gram detection is unsure ("la" is French and Spanish: not one).
const MARKERS: Record<Lang, Set<string>> = {
  en: new Set([
    'the',
    'what',
    'which',
    'who',
    'when',
    'where',
    'how',
    'is',
    'are',
    'of',
    'and',
    'does',
    'do',
    'for',
    'to',
    'did',
    'why',
    'many',
    'i',
    'you',
    'we',
    'it',
    'with',
    'there',
    'can',
    'get',
    'this',
    'that',
    'have',
    'has',
    'any',
    'my',
    'our',
    'about',
    'whats',
  ]),
  fr: new Set([
    'le',
    'les',
    'quel',
    'quelle',
    'quels',
    'quelles',
    'qui',
    'quand',
    'où',
    'comment',
    'est',
    'sont',
    'du',
    'des',
    'et',
    'pour',
    'combien',
    'pourquoi',
    'une',
    'au',
    'aux',
    'je',
    'nous',
    'vous',
    'on',
    'pas',
    'ne',
    'avec',
    'dans',
    'sur',
    'ce',
    "c'est",
    'il',
    'mon',
    'ma',
    'quoi',
    'déjà',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'qué',
    'cuál',
    'quién',
    'cuándo',
    'dónde',
    'cómo',
    'es',
    'son',
    'del',
    'y',
    'para',
    'por',
    'cuántos',
    'una',
    'lo',
    'me',
    'con',
    'hay',
    'pero',
    'muy',
    'está',
    'mi',
    'sí',
    'también',
    'porque',
    'cuáles',
    'quiénes',
    'cuántas',
    'al',
    'queda',
    'puedo',
  ]),
};

/**
 * Language of a question or document: English, French or Spanish. Short
 * texts are decided by function words first, then by tinyld's n-grams;
 * English when nothing decides.
 */
export function detectLanguage(text: string): Lang {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}']+/gu) ?? [];
  const counts: Record<Lang, number> = { en: 0, fr: 0, es: 0 };
  for (const w of words) for (const lang of ['en', 'fr', 'es'] as const) if (MARKERS[lang].has(w)) counts[lang] += 1;
  if (/[¿¡]/.test(text)) counts.es += 2;
  const ranked = (Object.entries(counts) as [Lang, number][]).sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] >= 2 && ranked[0][1] > ranked[1][1]) return ranked[0][0];
  // A short question with one language's function word and none of another's ("who issued circular 67?"): n-grams
  // over a handful of words are less sure than that word.
  if (words.length <= 6 && ranked[0][1] === 1 && ranked[1][1] === 0) return ranked[0][0];
  const guess = detect(text, { only: ['en', 'fr', 'es'] });
  if (guess === 'en' || guess === 'fr' || guess === 'es') return guess;
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : 'en';
}
