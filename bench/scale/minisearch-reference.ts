/**
 * The lexical reference: MiniSearch (a well-known JavaScript full-text
 * library, BM25+) over the same analysed terms as our Bm25Index, with the
 * same down-weighting of heading context. Both get identical tokens, so the
 * comparison is of index structures and scoring, not of analysers.
 */
import MiniSearch from 'minisearch';
import { analyze } from '../../retrieval/query/analyze.ts';
import { CONTEXT_WEIGHT } from '../../retrieval/lexical/bm25-index.ts';
import type { Clause, DocumentMeta } from '../../retrieval/types.ts';

interface Row {
  id: number;
  text: string;
  context: string;
}

/** Our analysed terms are already normalised: MiniSearch must not split or lower-case them again. */
const splitSpaces = (text: string) => text.split(' ');
const identity = (term: string) => term;

export function buildMiniSearch(clauses: Clause[], docs: ReadonlyMap<string, DocumentMeta>): MiniSearch<Row> {
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

/** Top-k clause indexes for analysed query terms. */
export function searchMiniSearch(index: MiniSearch<Row>, terms: string[], k: number): number[] {
  if (!terms.length) return [];
  return index
    .search(terms.join(' '))
    .slice(0, k)
    .map((r) => r.id as number);
}
