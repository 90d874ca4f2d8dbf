import { analyze } from '../query/analyze.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import { rowReading } from '../ingest/parse/table-rows.ts';
import { Bm25Index } from './bm25-index.ts';
import { PostingBuilder } from './postings.ts';
import { readLexical, saveLexical } from './saved-lexical.ts';
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
  // A header field's name ("Objet:", "Réf.:") names the field, as its label does: context, not what the field says
  // ("What are the objectives …?" is not answered by the subject line's "Objet").
  const field = clause.scope === 'document' ? /^([^:\n]{2,30}):\s*/.exec(clause.text) : null;
  // A table row's own words are its cells with their column names ("146 Participants").
  const text = field ? clause.text.slice(field[0].length) : rowReading(clause);
  const context = field ? [...rest, field[1]] : rest;
  const doc = { terms: analyze(text, lang), contextTerms: analyze(context.join('\n'), lang), titleTerms };
  // A letter's header field speaks for the whole letter: the title is its topic, not half a match.
  return clause.scope === 'document' ? { ...doc, titleIsTopic: true } : doc;
}

/** BM25 over every clause of the store, each clause analysed as it is added (never all held at once). */
export function buildLexicalIndex(store: ClauseStore): Bm25Index {
  const builder = new PostingBuilder();
  store.clauses.forEach((c, i) => builder.add(lexicalDocument(c, store.languageOf(i))));
  return new Bm25Index(builder.finish());
}

/**
 * The lexical index of the saved clauses: read from the saved index when it
 * was built from the same corpus hash with this analysis, else built (and
 * saved, unless the folder is known not to be writable).
 */
export function openLexicalIndex(
  store: ClauseStore,
  { indexDir, corpusHash, writable = true }: { indexDir: string; corpusHash: string; writable?: boolean },
  notices: string[] = [],
): Bm25Index {
  const saved = readLexical(indexDir, corpusHash);
  if (saved && saved.size === store.clauses.length) return new Bm25Index(saved);
  const index = buildLexicalIndex(store);
  if (writable) saveLexical(indexDir, corpusHash, index.postings, notices);
  return index;
}
