/**
 * The lexical-search seam. `Bm25Index` is the implementation; the tests
 * hold it against a naive BM25 scorer.
 */
import type { ScoredDoc, TermGroup } from '../types.ts';

export interface LexicalDocument {
  terms: string[];
  /** Heading and lead-in terms: they help find a clause but weigh less than its own words. */
  contextTerms: string[];
  /** The document's title: scored like context, but a concept found only there counts half towards coverage. */
  titleTerms?: string[];
  /** The title is the document's topic: its concepts count fully towards coverage. */
  titleIsTopic?: boolean;
}

/** The seam retrieval uses; `Bm25Index` is the implementation, `naiveBm25` the test reference. */
export interface LexicalIndex {
  readonly size: number;
  search(groups: TermGroup[], k: number): ScoredDoc[];
  /** Share of the query's concepts, weighted by rarity, that a document contains. */
  coverage(groups: TermGroup[], index: number): number;
  /** The same over several documents together. */
  coverageOf(groups: TermGroup[], indices: number[]): number;
  /** Per concept, how fully the documents together contain it (0..1). */
  credits(groups: TermGroup[], indices: number[]): number[];
  idf(term: string): number;
  /** Whether any document contains the term. */
  has(term: string): boolean;
  /** Indexed spelling variants of a stem (see Bm25Index). */
  variants(term: string): string[];
  /** Every indexed term. */
  vocabulary(): Iterable<string>;
}
