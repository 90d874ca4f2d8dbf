/**
 * The k best documents by score (ties: lower index first) through a bounded
 * heap instead of sorting every match.
 */
import type { ScoredDoc } from '../types.ts';

/** A min-heap on "worse first": the root is the weakest of the current k best. */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.docs.length >= this.k;
  }

  /** Score of the weakest kept document (-Infinity until k are kept). */
  get threshold(): number {
    return this.full && this.k > 0 ? this.scores[0] : -Infinity;
  }

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
    } else if (this.scores[0] < score || (this.scores[0] === score && this.docs[0] > doc)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): ScoredDoc[] {
    return this.docs.map((index, i) => ({ index, score: this.scores[i] })).sort((a, b) => b.score - a.score || a.index - b.index);
  }

  private worse(i: number, j: number): boolean {
    const { scores, docs } = this;
    return scores[i] < scores[j] || (scores[i] === scores[j] && docs[i] > docs[j]);
  }

  private swap(i: number, j: number): void {
    const { scores, docs } = this;
    [docs[i], docs[j]] = [docs[j], docs[i]];
    [scores[i], scores[j]] = [scores[j], scores[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}

/** The k best of `docs` by `scores[doc]`. */
export function topOf(docs: number[], scores: Float64Array, k: number): ScoredDoc[] {
  const top = new TopK(k);
  for (const doc of docs) top.offer(doc, scores[doc]);
  return top.sorted();
}
