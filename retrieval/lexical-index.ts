/**
 * BM25 over clause text plus a down-weighted field of parent headings, with
 * concept groups: per group the best alternative scores (mean over its terms),
 * so a translated phrase counts as one concept.
 */
import type { TermGroup } from './glossary.ts';

export interface LexicalDocument {
  terms: string[];
  /** Heading and lead-in terms: they help find a clause but weigh less than its own words. */
  contextTerms: string[];
}

export interface ScoredDoc {
  index: number;
  score: number;
}

/** The seam retrieval uses; `Bm25Index` is the implementation, `naiveBm25` the test reference. */
export interface LexicalIndex {
  readonly size: number;
  search(groups: TermGroup[], k: number): ScoredDoc[];
  /** Share of the query's concepts, weighted by rarity, that a document contains. */
  coverage(groups: TermGroup[], index: number): number;
  /** The same over several documents together. */
  coverageOf(groups: TermGroup[], indices: number[]): number;
  idf(term: string): number;
  /** Whether any document contains the term. */
  has(term: string): boolean;
}

export const CONTEXT_WEIGHT = 0.35;
const K1 = 1.2;
const B = 0.75;

export class Bm25Index implements LexicalIndex {
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  private readonly docTerms: Array<Set<string>>;

  constructor(docs: LexicalDocument[]) {
    this.lengths = new Float64Array(docs.length);
    this.docTerms = new Array(docs.length);
    let total = 0;
    docs.forEach((doc, index) => {
      const tf = new Map<string, number>();
      for (const t of doc.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of doc.contextTerms) tf.set(t, (tf.get(t) ?? 0) + CONTEXT_WEIGHT);
      const length = doc.terms.length + CONTEXT_WEIGHT * doc.contextTerms.length;
      this.lengths[index] = length;
      total += length;
      for (const [term, count] of tf) {
        let posting = this.postings.get(term);
        if (!posting) this.postings.set(term, (posting = { docs: [], tfs: [] }));
        posting.docs.push(index);
        posting.tfs.push(count);
      }
      this.docTerms[index] = new Set(tf.keys());
    });
    this.avgLength = docs.length ? total / docs.length : 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  search(groups: TermGroup[], k: number): ScoredDoc[] {
    const total = new Map<number, number>();
    for (const group of groups) {
      const best = new Map<number, number>();
      for (const alt of group.alternatives) {
        const altScore = new Map<number, number>();
        for (const term of alt.terms) {
          const posting = this.postings.get(term);
          if (!posting) continue;
          const idf = this.idf(term);
          for (let i = 0; i < posting.docs.length; i += 1) {
            const doc = posting.docs[i];
            const tf = posting.tfs[i];
            const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / this.avgLength);
            altScore.set(doc, (altScore.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
          }
        }
        for (const [doc, score] of altScore) {
          const weighted = (alt.weight * score) / alt.terms.length;
          if (weighted > (best.get(doc) ?? 0)) best.set(doc, weighted);
        }
      }
      for (const [doc, score] of best) total.set(doc, (total.get(doc) ?? 0) + score);
    }
    return topK(total, k);
  }

  coverage(groups: TermGroup[], index: number): number {
    return this.coverageOf(groups, [index]);
  }

  /** Coverage by several documents together: a concept counts when any of them has it. */
  coverageOf(groups: TermGroup[], indices: number[]): number {
    const unseenWeight = Math.log(1 + (this.size + 0.5) / 0.5);
    let covered = 0;
    let all = 0;
    for (const group of groups) {
      let weight = 0;
      let matched = false;
      for (const alt of group.alternatives) {
        for (const t of alt.terms) if (this.postings.has(t)) weight = Math.max(weight, this.idf(t));
        // A phrase counts when (nearly) all its words are there: "gestion" alone is not "device management".
        const needed = Math.ceil(alt.terms.length * 0.75);
        for (const index of indices) {
          const terms = this.docTerms[index];
          const present = alt.terms.filter((t) => terms.has(t)).length;
          if (present > 0 && present >= needed) matched = true;
        }
      }
      // A concept found nowhere in the corpus ("2026", "budget of the moon") weighs as the rarest term.
      if (weight === 0) weight = unseenWeight;
      all += weight;
      if (matched) covered += weight;
    }
    return all ? covered / all : 0;
  }
}

export function topK(scores: Map<number, number>, k: number): ScoredDoc[] {
  return [...scores.entries()]
    .map(([index, score]) => ({ index, score }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k);
}
