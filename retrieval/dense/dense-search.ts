/**
 * Dense retrieval over the clause store: the question embedded as a query,
 * its nearest clause vectors, mapped from graph labels back to clauses.
 */
import type { Clause, ScoredDoc } from '../types.ts';
import { dot, type Embedder } from './embedder.ts';
import type { VectorIndex } from './vector-index.ts';

export class DenseSearch {
  /** Clause index of each graph label; labels are clause indices when not given. */
  private readonly clauseOfLabel?: Map<number, number>;

  constructor(
    private readonly embedder: Embedder,
    private readonly vectors: VectorIndex,
    /** Graph label of each clause's vector. */
    labels?: number[],
  ) {
    if (labels) this.clauseOfLabel = new Map(labels.map((label, index) => [label, index]));
  }

  /** The k clauses nearest the question, as { index: clause index, score: cosine }. */
  async search(question: string, k: number): Promise<ScoredDoc[]> {
    const [query] = await this.embedder.embed([question], 'query');
    const found = this.vectors.search(query, k);
    if (!this.clauseOfLabel) return found;
    return found.flatMap((h) => {
      const index = this.clauseOfLabel!.get(h.index);
      return index === undefined ? [] : [{ index, score: h.score }];
    });
  }

  /** Best cosine similarity between a text and some clauses. */
  async similarity(text: string, clauses: readonly Clause[]): Promise<number | undefined> {
    if (!clauses.length) return undefined;
    const [query, ...passages] = await this.embedder.embed([text, ...clauses.map((c) => c.text)], 'passage');
    return Math.max(...passages.map((p) => dot(query, p)));
  }
}
