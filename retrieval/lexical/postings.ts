/**
 * BM25 postings in a handful of flat typed arrays: one vocabulary table,
 * per-term offsets into concatenated document ids, precomputed BM25
 * contributions and an "own or title only" flag per posting. No per-clause
 * object survives the build, so a million clauses fit in one process, and the
 * arrays are written to and read from the saved index as they are.
 */
import type { LexicalDocument } from './lexical-index.ts';

export const CONTEXT_WEIGHT = 0.35;
export const K1 = 1.2;
export const B = 0.75;

/** Posting flag: the term is in the document's title only (a concept found only there counts half). */
export const TITLE_ONLY = 1;

/** The arrays of a built index; what the saved index stores. */
export interface PostingArrays {
  terms: string[];
  /** Term t's postings are [offsets[t], offsets[t + 1]). */
  offsets: Int32Array;
  /** Document of each posting, ascending within a term. */
  docs: Int32Array;
  /** Each (term, doc) BM25 contribution, idf · tf · (k1 + 1) / norm, computed once at build time. */
  scores: Float64Array;
  flags: Uint8Array;
  /** BM25 length of each document (own words + context and title at CONTEXT_WEIGHT). */
  lengths: Float64Array;
  avgLength: number;
}

export class PostingLists {
  readonly termId: Map<string, number>;
  /** Largest contribution of each term: the bound dynamic pruning reads. */
  readonly maxScore: Float64Array;

  /** `maxScore` when read back from the saved index; else computed from the scores. */
  constructor(
    readonly arrays: PostingArrays,
    maxScore?: Float64Array,
  ) {
    this.termId = new Map(arrays.terms.map((t, i) => [t, i]));
    this.maxScore = maxScore ?? maxima(arrays);
  }

  get size(): number {
    return this.arrays.lengths.length;
  }

  /** Number of documents containing term id t. */
  df(t: number): number {
    return this.arrays.offsets[t + 1] - this.arrays.offsets[t];
  }

  /** Position of (term t, doc) among the postings, or -1. */
  find(t: number, doc: number): number {
    const { docs, offsets } = this.arrays;
    let lo = offsets[t];
    let hi = offsets[t + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid];
      if (d === doc) return mid;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function maxima({ offsets, scores, terms }: PostingArrays): Float64Array {
  const out = new Float64Array(terms.length);
  for (let t = 0; t < out.length; t += 1) {
    let max = 0;
    for (let i = offsets[t]; i < offsets[t + 1]; i += 1) if (scores[i] > max) max = scores[i];
    out[t] = max;
  }
  return out;
}

/** Grows a typed array by doubling; `view()` is the filled part. */
class Growable<T extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i];
  }
}

/**
 * Builds postings one document at a time (documents are analysed as they
 * come, never all held at once). Per document the term frequencies are summed
 * in the same order as before the arrays existed, so the scores are
 * bit-identical to the earlier per-term Map build.
 */
export class PostingBuilder {
  private readonly termId = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df: number[] = [];
  private readonly entryTerm = new Growable(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly entryTf = new Growable(new Float64Array(1024), (n) => new Float64Array(n));
  private readonly entryFlag = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  private readonly docEnd: number[] = [];
  private readonly lengths: number[] = [];
  private total = 0;

  add(doc: LexicalDocument): void {
    const tf = new Map<string, number>();
    for (const t of doc.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of doc.contextTerms) tf.set(t, (tf.get(t) ?? 0) + CONTEXT_WEIGHT);
    const own = new Set(tf.keys());
    const title = doc.titleTerms ?? [];
    for (const t of title) tf.set(t, (tf.get(t) ?? 0) + CONTEXT_WEIGHT);
    if (doc.titleIsTopic) for (const t of title) own.add(t);
    const length = doc.terms.length + CONTEXT_WEIGHT * (doc.contextTerms.length + title.length);
    this.lengths.push(length);
    this.total += length;
    for (const [term, count] of tf) {
      let id = this.termId.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termId.set(term, id);
        this.terms.push(term);
        this.df.push(0);
      }
      this.df[id] += 1;
      this.entryTerm.push(id);
      this.entryTf.push(count);
      this.entryFlag.push(own.has(term) ? 0 : TITLE_ONLY);
    }
    this.docEnd.push(this.entryTerm.length);
  }

  finish(): PostingLists {
    const n = this.lengths.length;
    const lengths = Float64Array.from(this.lengths);
    const avgLength = n ? this.total / n : 1;
    const offsets = new Int32Array(this.terms.length + 1);
    for (let t = 0; t < this.terms.length; t += 1) offsets[t + 1] = offsets[t] + this.df[t];
    const count = this.entryTerm.length;
    const docs = new Int32Array(count);
    const scores = new Float64Array(count);
    const flags = new Uint8Array(count);
    const idf = this.df.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    const next = offsets.slice(0, this.terms.length);
    let entry = 0;
    for (let doc = 0; doc < n; doc += 1) {
      for (; entry < this.docEnd[doc]; entry += 1) {
        const t = this.entryTerm.at(entry);
        const tf = this.entryTf.at(entry);
        const at = next[t]++;
        const norm = tf + K1 * (1 - B + (B * lengths[doc]) / avgLength);
        docs[at] = doc;
        scores[at] = (idf[t] * tf * (K1 + 1)) / norm;
        flags[at] = this.entryFlag.at(entry);
      }
    }
    return new PostingLists({ terms: this.terms, offsets, docs, scores, flags, lengths, avgLength });
  }
}
