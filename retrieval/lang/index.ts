import type { Lang } from '../types.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { LanguageTable } from './table.ts';

export { STRICT_TYPES, type AnswerType, type LanguageTable } from './table.ts';

const BY_LANG: Record<Lang, LanguageTable> = { en, fr, es };

/** The table of a language. */
export function table(lang: Lang): LanguageTable {
  return BY_LANG[lang];
}

/** Every language's tables, for matching text whose language is not the question's. */
export const ALL_TABLES: readonly LanguageTable[] = [en, fr, es];
