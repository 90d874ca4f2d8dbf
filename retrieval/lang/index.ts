import type { Lang } from '../types.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { LanguageTable } from './table.ts';

export { STRICT_TYPES, type AnswerType, type LanguageTable } from './table.ts';

export const TABLES: Record<Lang, LanguageTable> = { en, fr, es };

/** The table of a language. */
export function table(lang: Lang): LanguageTable {
  return TABLES[lang];
}

/** Every language's tables, for matching text whose language is not the question's. */
export const ALL_TABLES: readonly LanguageTable[] = [en, fr, es];

/** A table of every language merged (the first language to define a form wins): answers and clauses mix languages. */
export function merged<T>(pick: (t: LanguageTable) => Record<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const t of ALL_TABLES) for (const [k, v] of Object.entries(pick(t))) if (!out.has(k)) out.set(k, v);
  return out;
}
