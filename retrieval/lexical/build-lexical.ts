import { analyze } from '../query/analyze.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import { Bm25Index } from './bm25-index.ts';
import type { LexicalDocument } from './lexical-index.ts';

/**
 * The analysed fields of a clause, in its document's language: its own
 * words, its headings and lead-in (context), and the document title (the
 * first context line).
 */
export function lexicalDocument(text: string, context: string, lang: Parameters<typeof analyze>[1]): LexicalDocument {
  const [title, ...rest] = context.split('\n');
  return { terms: analyze(text, lang), contextTerms: analyze(rest.join('\n'), lang), titleTerms: analyze(title ?? '', lang) };
}

/** BM25 over every clause of the store. */
export function buildLexicalIndex(store: ClauseStore): Bm25Index {
  return new Bm25Index(store.clauses.map((c, i) => lexicalDocument(c.text, c.context, store.languageOf(i))));
}
