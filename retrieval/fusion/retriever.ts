import type { Lang, Retrieval, TermGroup } from '../types.ts';

/** The seam the answer step retrieves through; `HybridRetriever` is the implementation. */
export interface Retriever {
  /**
   * Candidates for a question (k or a few more), strongest first, with the question's concepts;
   * `asking: n` retrieves for the message's n-th asking part, the rest read as side remarks.
   */
  retrieve(question: string, lang: Lang, k?: number, options?: { asking?: number }): Promise<Retrieval>;
  /** A text with its chat shorthand written out, as the question's form reads it. */
  written(text: string, lang: Lang): string;
  /** A text's concepts, as retrieval would search them (follow-ups and verification count them). */
  concepts(text: string, lang: Lang): TermGroup[];
  /** Whether dense (embedding) retrieval takes part. */
  readonly dense: boolean;
}
