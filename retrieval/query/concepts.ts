/**
 * A question's concepts: its analysed terms grouped with their glossary
 * equivalents, plus the spelling variants of each term the index holds.
 * Built against the lexical index, so alternatives the corpus lacks cost nothing.
 */
import type { LexicalIndex } from '../lexical/lexical-index.ts';
import type { Lang, TermGroup } from '../types.ts';
import { analyzeQuery } from './analyze.ts';
import { plainGroups, type Glossary } from './glossary.ts';

/** A stem variant ("modif" for "modifi") scores a little below the term as asked. */
const VARIANT_WEIGHT = 0.85;

export class QueryConcepts {
  constructor(
    private readonly lexical: Pick<LexicalIndex, 'has' | 'variants'>,
    private readonly glossary?: Glossary,
  ) {}

  of(text: string, lang: Lang): TermGroup[] {
    const terms = analyzeQuery(text, lang);
    const inCorpus = (term: string) => this.lexical.has(term);
    const groups = this.glossary ? this.glossary.expand(terms, inCorpus) : plainGroups(terms, inCorpus);
    for (const group of groups) {
      const seen = new Set(group.alternatives.map((a) => a.terms.join(' ')));
      for (const alt of [...group.alternatives]) {
        if (alt.terms.length !== 1) continue;
        // Translations only take shorter stems ("modifi" → "modif"): longer ones drift ("conven" → "convenu").
        const variants = this.lexical.variants(alt.terms[0]).filter((v) => alt.weight === 1 || v.length < alt.terms[0].length);
        for (const variant of variants) {
          if (seen.has(variant)) continue;
          seen.add(variant);
          group.alternatives.push({ terms: [variant], weight: alt.weight * VARIANT_WEIGHT });
        }
      }
    }
    return groups;
  }
}
