import type { Lang } from '../../types.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { Lexicon } from './types.ts';

export type { Lexicon } from './types.ts';
export const LEXICONS: Record<Lang, Lexicon> = { en: EN, fr: FR, es: ES };
export const ALL_LEXICONS: Lexicon[] = [EN, FR, ES];

/** A table of every language merged: answers and clauses mix languages. */
export function merged<T>(pick: (l: Lexicon) => Record<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const lexicon of ALL_LEXICONS) for (const [k, v] of Object.entries(pick(lexicon))) if (!out.has(k)) out.set(k, v);
  return out;
}
