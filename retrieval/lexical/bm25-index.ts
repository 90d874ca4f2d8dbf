/**
 * BM25 over clause text plus a down-weighted field of parent headings, with
 * concept groups: per group the best alternative scores (mean over its terms),
 * so a translated phrase counts as one concept.
 */
import type { ScoredDoc, TermGroup } from '../types.ts';
import type { LexicalDocument, LexicalIndex } from './lexical-index.ts';

export const CONTEXT_WEIGHT = 0.35;
/** A concept matched only by the document's title ("According to the GCA guidelines …") counts this much. */
const TITLE_COVERAGE = 0.5;
/** A concept found only through a general-dictionary sense is less certain: it counts 0.5 + half its weight. */
const LEXICON_CREDIT_BASE = 0.5;
const K1 = 1.2;
const B = 0.75;

/**
 * A term's postings in flat typed arrays: `norms` holds the BM25 length
 * normalisation of each (term, doc), computed once at build time with the
 * same expression search used to evaluate, so scores are bit-identical.
 */
interface Posting {
  docs: Int32Array;
  tfs: Float64Array;
  norms: Float64Array;
  /** Each (term, doc) BM25 contribution, idf · tf · (k1 + 1) / norm, computed once at build time. */
  scores: Float64Array;
}

/**
 * On corpora this large, a term found in more than COMMON_SHARE of the
 * clauses is not scored (it still counts for coverage): its postings are the
 * longest to walk and its idf adds little to the ranking. Smaller corpora are
 * scored exactly.
 */
const LARGE_CORPUS = 20_000;
const COMMON_SHARE = 0.2;

export class Bm25Index implements LexicalIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  private readonly docTerms: Array<Set<string>>;
  private readonly titleOnly: Array<Set<string> | undefined>;
  private sortedVocabulary?: string[];
  // Per-document accumulators reused across searches (search is synchronous): Maps cost ~100 ns per
  // posting and made a query over 100k clauses take 100+ ms; these arrays are reset through `touched` lists.
  private altScore?: Float64Array;
  private best?: Float64Array;
  private total?: Float64Array;

  constructor(docs: LexicalDocument[]) {
    this.lengths = new Float64Array(docs.length);
    this.docTerms = new Array(docs.length);
    this.titleOnly = new Array(docs.length);
    const building = new Map<string, { docs: number[]; tfs: number[] }>();
    let total = 0;
    docs.forEach((doc, index) => {
      const tf = new Map<string, number>();
      for (const t of doc.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of doc.contextTerms) tf.set(t, (tf.get(t) ?? 0) + CONTEXT_WEIGHT);
      const own = new Set(tf.keys());
      const title = doc.titleTerms ?? [];
      for (const t of title) tf.set(t, (tf.get(t) ?? 0) + CONTEXT_WEIGHT);
      const length = doc.terms.length + CONTEXT_WEIGHT * (doc.contextTerms.length + title.length);
      this.lengths[index] = length;
      total += length;
      for (const [term, count] of tf) {
        let posting = building.get(term);
        if (!posting) building.set(term, (posting = { docs: [], tfs: [] }));
        posting.docs.push(index);
        posting.tfs.push(count);
      }
      if (doc.titleIsTopic) for (const t of title) own.add(t);
      this.docTerms[index] = own;
      const onlyTitle = title.filter((t) => !own.has(t));
      this.titleOnly[index] = onlyTitle.length ? new Set(onlyTitle) : undefined;
    });
    this.avgLength = docs.length ? total / docs.length : 1;
    const n = docs.length;
    for (const [term, { docs: ids, tfs }] of building) {
      const norms = new Float64Array(ids.length);
      const scores = new Float64Array(ids.length);
      const idf = Math.log(1 + (n - ids.length + 0.5) / (ids.length + 0.5));
      for (let i = 0; i < ids.length; i += 1) {
        norms[i] = tfs[i] + K1 * (1 - B + (B * this.lengths[ids[i]]) / this.avgLength);
        scores[i] = (idf * tfs[i] * (K1 + 1)) / norms[i];
      }
      this.postings.set(term, { docs: Int32Array.from(ids), tfs: Float64Array.from(tfs), norms, scores });
    }
  }

  get size(): number {
    return this.lengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  vocabulary(): Iterable<string> {
    return this.postings.keys();
  }

  /**
   * Indexed terms that differ from `term` only by a short ending: Snowball
   * stems the French noun and verb differently ("modif" / "modifi"), and
   * cognates differ by a letter or two ("coordin" / "coordina").
   */
  variants(term: string): string[] {
    if (term.length < 5 || /[^a-z]/.test(term)) return [];
    const out = new Set<string>();
    for (let len = Math.max(5, term.length - 1); len < term.length; len += 1) {
      const prefix = term.slice(0, len);
      if (this.postings.has(prefix)) out.add(prefix);
    }
    const vocab = (this.sortedVocabulary ??= [...this.postings.keys()].sort());
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocab[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < vocab.length && vocab[i].startsWith(term); i += 1) {
      if (vocab[i] !== term && vocab[i].length <= term.length + 2 && /^[a-z]+$/.test(vocab[i])) out.add(vocab[i]);
    }
    return [...out];
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  search(groups: TermGroup[], k: number): ScoredDoc[] {
    const n = this.size;
    const altScore = (this.altScore ??= new Float64Array(n));
    const best = (this.best ??= new Float64Array(n));
    const total = (this.total ??= new Float64Array(n));
    const inTotal: number[] = [];
    const commonLimit = n >= LARGE_CORPUS ? COMMON_SHARE * n : Infinity;
    // Same arithmetic, in the same order per document, as a Map per alternative, per group and overall.
    for (const group of groups) {
      const inBest: number[] = [];
      // A concept made only of common terms is still scored: pruning must not drop a whole concept.
      const limit = group.alternatives.some((a) => a.terms.some((t) => (this.postings.get(t)?.docs.length ?? Infinity) <= commonLimit)) ? commonLimit : Infinity;
      const capIdf = this.lexiconCap(group);
      for (const alt of group.alternatives) {
        const inAlt: number[] = [];
        for (const term of alt.terms) {
          const posting = this.postings.get(term);
          if (!posting || posting.docs.length > limit) continue;
          const { docs, scores } = posting;
          const factor = alt.source === 'lexicon' ? Math.min(1, capIdf / this.idf(term)) : 1;
          for (let i = 0; i < docs.length; i += 1) {
            const doc = docs[i];
            if (altScore[doc] === 0) inAlt.push(doc);
            altScore[doc] += factor === 1 ? scores[i] : scores[i] * factor;
          }
        }
        for (const doc of inAlt) {
          const weighted = (alt.weight * altScore[doc]) / alt.terms.length;
          altScore[doc] = 0;
          if (weighted > best[doc]) {
            if (best[doc] === 0) inBest.push(doc);
            best[doc] = weighted;
          }
        }
      }
      const importance = group.importance ?? 1;
      for (const doc of inBest) {
        if (total[doc] === 0) inTotal.push(doc);
        total[doc] += importance === 1 ? best[doc] : best[doc] * importance;
        best[doc] = 0;
      }
    }
    const top = topOf(inTotal, total, k);
    for (const doc of inTotal) total[doc] = 0;
    return top;
  }

  /**
   * A general-dictionary alternative never scores a term above the rarest
   * word the question used, so it cannot outrank an exact match; when the
   * corpus has none of the words as asked, nothing caps it.
   */
  private lexiconCap(group: TermGroup): number {
    let cap = 0;
    for (const t of group.original) if (this.postings.has(t)) cap = Math.max(cap, this.idf(t));
    return cap || Infinity;
  }

  coverage(groups: TermGroup[], index: number): number {
    return this.coverageOf(groups, [index]);
  }

  /** Coverage by several documents together: a concept counts when any of them has it. */
  coverageOf(groups: TermGroup[], indices: number[]): number {
    const credits = this.credits(groups, indices);
    let covered = 0;
    let all = 0;
    groups.forEach((group, g) => {
      const weight = this.conceptWeight(group);
      all += weight;
      covered += credits[g] * weight;
    });
    return all ? covered / all : 0;
  }

  /** Per concept, how fully the documents together contain it (0, title only, dictionary sense, 1). */
  credits(groups: TermGroup[], indices: number[]): number[] {
    return groups.map((group) => {
      let matched = 0;
      for (const alt of group.alternatives) {
        // A phrase counts when (nearly) all its words are there: "gestion" alone is not "device management".
        const needed = Math.ceil(alt.terms.length * 0.75);
        const credit = alt.source === 'lexicon' ? LEXICON_CREDIT_BASE + alt.weight / 2 : 1;
        for (const index of indices) {
          const own = this.docTerms[index];
          const title = this.titleOnly[index];
          const present = alt.terms.filter((t) => own.has(t)).length;
          const withTitle = title ? alt.terms.filter((t) => own.has(t) || title.has(t)).length : present;
          if (present > 0 && present >= needed) matched = Math.max(matched, credit);
          else if (withTitle > 0 && withTitle >= needed) matched = Math.max(matched, TITLE_COVERAGE * credit);
        }
      }
      return matched;
    });
  }

  /**
   * A concept the corpus has as asked (or through the glossary) weighs its
   * rarity in the corpus. One it lacks ("2026", "budget of the moon")
   * weighs as the rarest term, or, reached only through a general-dictionary
   * sense, as much as its words are specific in general language: chat
   * filler ("need", "again") little, a name or a rare word fully.
   */
  private conceptWeight(group: TermGroup): number {
    const unseen = Math.log(1 + (this.size + 0.5) / 0.5);
    let weight = 0;
    let lexiconWeight = 0;
    for (const alt of group.alternatives) {
      for (const t of alt.terms) {
        if (!this.postings.has(t)) continue;
        if (alt.source === 'lexicon') lexiconWeight = Math.max(lexiconWeight, this.idf(t));
        else weight = Math.max(weight, this.idf(t));
      }
    }
    if (weight === 0) weight = Math.min(lexiconWeight || unseen, unseen) * (group.specificity ?? 1);
    return weight * (group.importance ?? 1);
  }
}

/**
 * The k best of `docs` by score (ties: lower index first), through a
 * bounded heap instead of sorting every matching document.
 */
function topOf(docs: number[], scores: Float64Array, k: number): ScoredDoc[] {
  if (k <= 0) return [];
  // Min-heap on "worse first": the root is the weakest of the current k best.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc);
      up(heap.length - 1);
    } else if (worse(heap[0], doc)) {
      heap[0] = doc;
      down(0);
    }
  }
  return heap
    .map((index) => ({ index, score: scores[index] }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
