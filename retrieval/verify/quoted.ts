/** Words a sentence puts in quotes claim to be the clause's own: most of them must be there. */
import { clip } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { weightedCoverage } from './analysis.ts';
import { foldCased } from './fact.ts';
import type { Reason } from './verdicts.ts';

/** Quoted words must be this present in the clause. */
const MIN_QUOTED = 0.75;

/** The first quotation (three words or more) the clause's words do not carry. */
export function misquoted(
  text: string,
  lang: Lang,
  clauseTerms: Set<string>,
  weight: (g: TermGroup) => number,
  concepts: (text: string, lang: Lang) => TermGroup[],
): Reason | undefined {
  for (const m of foldCased(text).matchAll(/"([^"]{12,})"|(?<![\w])'([^']{12,})'(?![\w])/g)) {
    const quote = m[1] ?? m[2];
    if (quote.split(/\s+/).length < 3) continue;
    const groups = concepts(quote, lang);
    if (groups.length && weightedCoverage(groups, clauseTerms, weight) < MIN_QUOTED) {
      return { code: 'missing-value', detail: `the quoted words "${clip(quote)}" are not the clause's` };
    }
  }
  return undefined;
}
