/**
 * Chat shorthand ("mtg", "docs", "réu", "propal", "porfa") written out
 * before analysis, from a per-language table (data/chat-shorthand.json).
 * Words that stand for nothing ("pls", "svp") are dropped, and so are
 * hedges that ask for nothing ("or something like that", "ou un truc du
 * genre", "o algo así", "anyone know").
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../types.ts';

type Tables = Record<Lang, Record<string, string>> & {
  hedges?: Partial<Record<Lang, string[]>>;
  /** Shorthand → the next words before which it is a plain word of the language ("tel" before "que": such). */
  plain?: Partial<Record<Lang, Record<string, string[]>>>;
};

export class Shorthand {
  private readonly tables: Record<Lang, Map<string, string>>;
  private readonly hedges: Record<Lang, RegExp | undefined>;
  private readonly plain: Partial<Record<Lang, Record<string, string[]>>>;

  constructor(tables: Tables) {
    const toMap = (t: Record<string, string>) => new Map(Object.entries(t).map(([k, v]) => [k.toLowerCase(), v]));
    this.tables = { en: toMap(tables.en), fr: toMap(tables.fr), es: toMap(tables.es) };
    const pattern = (list: string[] = []) => {
      if (!list.length) return undefined;
      const longestFirst = [...list].sort((a, b) => b.length - a.length).map(escape);
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    };
    this.hedges = { en: pattern(tables.hedges?.en), fr: pattern(tables.hedges?.fr), es: pattern(tables.hedges?.es) };
    this.plain = tables.plain ?? {};
  }

  static fromFile(path: string): Shorthand {
    return new Shorthand(JSON.parse(readFileSync(path, 'utf8')) as Tables);
  }

  /** The text without the language's hedges, and each whole-word shorthand replaced by what it stands for. */
  expand(text: string, lang: Lang): string {
    const table = this.tables[lang];
    const plain = this.hedges[lang] ? text.replace(this.hedges[lang], ' ') : text;
    // A word after an apostrophe is one only after an elision ("l'odj", "d'ici"), not inside "don't".
    return plain.replace(/(?<![\p{L}\p{N}-])[\p{L}°][\p{L}\p{N}°/-]*(?![\p{L}\p{N}'’])/gu, (word, at: number) => {
      const lower = word.toLowerCase();
      const short = table.get(lower);
      if (short === undefined) return word;
      const contracted = /['’]/.test(plain.charAt(at - 1)) && !ELIDED.test(plain.slice(Math.max(0, at - 4), at));
      NEXT_WORD.lastIndex = at + word.length;
      const next = NEXT_WORD.exec(plain)?.[1]?.toLowerCase();
      const isWord = next !== undefined && (this.plain[lang]?.[lower] ?? []).includes(next);
      return contracted || isWord ? word : short;
    });
  }
}

/** The word after a shorthand, read from where the shorthand ends: before some words it is a plain word ("tel que"). */
const NEXT_WORD = /\s+(\p{L}+)/uy;

/** The French elisions a word may follow: l', d', j', m', n', s', t', c', qu'. */
const ELIDED = /(?:^|[^\p{L}])(?:qu|[ldjmnstc])['’]$/iu;

function escape(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/ /g, '\\s+');
}
