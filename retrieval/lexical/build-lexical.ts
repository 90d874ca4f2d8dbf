import { analyze } from '../query/analyze.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import { Bm25Index } from './bm25-index.ts';
import type { Clause, Lang } from '../types.ts';
import type { LexicalDocument } from './lexical-index.ts';

/**
 * The analysed fields of a clause, in its document's language: its own
 * words, its headings and lead-in (context), and the document title (the
 * first context line).
 */
export function lexicalDocument(clause: Pick<Clause, 'text' | 'context' | 'scope'>, lang: Lang): LexicalDocument {
  const [title, ...rest] = clause.context.split('\n');
  // The title may be written in another language than the document (a manifest's English title of a French
  // text): it is read as both.
  const titleTerms = [...new Set([...analyze(title ?? '', lang), ...(lang === 'en' ? [] : analyze(title ?? '', 'en'))])];
  const doc = { terms: analyze(clause.text, lang), contextTerms: analyze(rest.join('\n'), lang), titleTerms };
  // A letter's header field speaks for the whole letter: the title is its topic, not half a match.
  return clause.scope === 'document' ? { ...doc, titleIsTopic: true } : doc;
}

/** BM25 over every clause of the store. */
export function buildLexicalIndex(store: ClauseStore): Bm25Index {
  return new Bm25Index(store.clauses.map((c, i) => lexicalDocument(c, store.languageOf(i))));
}
