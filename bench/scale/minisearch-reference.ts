/**
 * The lexical reference: MiniSearch (a well-known JavaScript full-text
 * library, BM25+) given what our engine is given. It indexes our analysed
 * terms (clause text, and headings at our context weight), and each question
 * is searched with our whole query stage: analysis, shorthand, spelling,
 * glossary and lexicon expansion. Every expanded term is one OR'ed MiniSearch
 * term boosted by its alternative's weight times its concept's importance
 * (MiniSearch has no concept groups: a concept with many translations counts
 * as many terms, which is the difference in scoring we compare). MiniSearch
 * sorts every match; ours keeps a bounded top-k.
 */
import MiniSearch from 'minisearch';
import { CONTEXT_WEIGHT } from '../../retrieval/lexical/bm25-index.ts';
import { analyze } from '../../retrieval/query/analyze.ts';
import type { Clause, DocumentMeta, TermGroup } from '../../retrieval/types.ts';

interface Row {
  id: number;
  text: string;
  context: string;
}

/** Our analysed terms are already normalised: MiniSearch must not split or lower-case them again. */
const splitSpaces = (text: string) => text.split(' ');
const identity = (term: string) => term;

export function buildMiniSearch(clauses: readonly Clause[], docs: ReadonlyMap<string, DocumentMeta>): MiniSearch<Row> {
  const index = new MiniSearch<Row>({
    fields: ['text', 'context'],
    tokenize: splitSpaces,
    processTerm: identity,
    searchOptions: { boost: { text: 1, context: CONTEXT_WEIGHT }, combineWith: 'OR' },
  });
  clauses.forEach((c, id) => {
    const lang = docs.get(c.docId)?.language ?? 'fr';
    index.add({ id, text: analyze(c.text, lang).join(' '), context: analyze(c.context, lang).join(' ') });
  });
  return index;
}

/** Each expanded term once, boosted by the strongest alternative weight × importance it comes from. */
export function expandedTerms(groups: TermGroup[]): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const g of groups) {
    for (const alt of g.alternatives) {
      const boost = alt.weight * (g.importance ?? 1);
      for (const t of alt.terms) boosts.set(t, Math.max(boosts.get(t) ?? 0, boost));
    }
  }
  return boosts;
}

/** Clause indices of MiniSearch's k best for a question's expanded concepts. */
export function searchMiniSearch(index: MiniSearch<Row>, groups: TermGroup[], k: number): number[] {
  const boosts = expandedTerms(groups);
  if (!boosts.size) return [];
  const hits = index.search({ combineWith: 'OR', queries: [...boosts.keys()] }, { boostTerm: (term) => boosts.get(term) ?? 1 });
  return hits.slice(0, k).map((h) => h.id as number);
}
