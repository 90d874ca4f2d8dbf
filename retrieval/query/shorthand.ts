/**
 * Chat shorthand ("mtg", "docs", "réu", "propal", "porfa") written out
 * before analysis, from a per-language table (data/chat-shorthand.json).
 * Words that stand for nothing ("pls", "svp") are dropped.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../types.ts';

export class Shorthand {
  private readonly tables: Record<Lang, Map<string, string>>;

  constructor(tables: Record<Lang, Record<string, string>>) {
    const toMap = (t: Record<string, string>) => new Map(Object.entries(t).map(([k, v]) => [k.toLowerCase(), v]));
    this.tables = { en: toMap(tables.en), fr: toMap(tables.fr), es: toMap(tables.es) };
  }

  static fromFile(path: string): Shorthand {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<Lang, Record<string, string>>;
    return new Shorthand(raw);
  }

  /** The text with each whole-word shorthand of the language replaced by what it stands for. */
  expand(text: string, lang: Lang): string {
    const table = this.tables[lang];
    return text.replace(
      /(?<![\p{L}\p{N}'’-])[\p{L}°][\p{L}\p{N}°/-]*(?![\p{L}\p{N}'’])/gu,
      (word) => table.get(word.toLowerCase()) ?? word,
    );
  }
}
