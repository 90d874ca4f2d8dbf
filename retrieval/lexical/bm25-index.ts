/**
 * BM25 over clause text plus a down-weighted field of parent headings, with
 * concept groups: per group the best alternative scores (mean over its terms),
 * so a translated phrase counts as one concept. Postings live in flat typed
 * arrays (postings.ts); search prunes exactly (pruned-search.ts).
 */
import type { ScoredDoc, TermGroup } from '../types.ts';
import { Accumulators, exhaustiveSearch } from './exhaustive-search.ts';
import type { LexicalDocument, LexicalIndex } from './lexical-index.ts';
import { PostingBuilder, TITLE_ONLY, type PostingLists } from './postings.ts';
import { prunedSearch, type PruneStats } from './pruned-search.ts';
import { compilePlan, idfOf, planPostings } from './query-plan.ts';

export { CONTEXT_WEIGHT } from './postings.ts';

/** A concept matched only by the document's title ("According to the GCA guidelines …") counts this much. */
const TITLE_COVERAGE = 0.5;
/** A concept found only through a general-dictionary sense is less certain: it counts 0.5 + half its weight. */
const LEXICON_CREDIT_BASE = 0.5;
/** Terms whose variants are kept; the cache starts again when full. */
const VARIANT_CACHE_SIZE = 20_000;
/** A concept found as asked, in another form of the word or as a term of art counts whole (a dictionary sense, 0.8 at most). */
export const FULL_CREDIT = 1;

export class Bm25Index implements LexicalIndex {
  private sortedVocabulary?: string[];
  private acc?: Accumulators;

  /** From analysed documents, or from postings read back from the saved index. */
  constructor(source: LexicalDocument[] | PostingLists) {
    if (Array.isArray(source)) {
      const builder = new PostingBuilder();
      for (const doc of source) builder.add(doc);
      this.postings = builder.finish();
    } else this.postings = source;
  }

  readonly postings: PostingLists;

  get size(): number {
    return this.postings.size;
  }

  has(term: string): boolean {
    return this.postings.termId.has(term);
  }

  vocabulary(): Iterable<string> {
    return this.postings.arrays.terms;
  }

  /**
   * Indexed terms that differ from `term` only by a short ending: Snowball
   * stems the French noun and verb differently ("modif" / "modifi"), and
   * cognates differ by a letter or two ("coordin" / "coordina").
   */
  variants(term: string): string[] {
    if (term.length < 5 || /[^a-z]/.test(term)) return [];
    let found = this.variantCache.get(term);
    if (!found) {
      if (this.variantCache.size >= VARIANT_CACHE_SIZE) this.variantCache.clear();
      this.variantCache.set(term, (found = this.findVariants(term)));
    }
    return [...found];
  }

  /** Variants by term: the same words come back in every question and every sentence checked. */
  private readonly variantCache = new Map<string, readonly string[]>();

  private findVariants(term: string): string[] {
    const out = new Set<string>();
    for (let len = Math.max(5, term.length - 1); len < term.length; len += 1) {
      const prefix = term.slice(0, len);
      if (this.has(prefix)) out.add(prefix);
    }
    const vocab = (this.sortedVocabulary ??= [...this.postings.arrays.terms].sort());
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
    const id = this.postings.termId.get(term);
    return idfOf(this.postings, id === undefined ? 0 : this.postings.df(id));
  }

  /**
   * The k best clauses. The exhaustive walk: on the benchmark's corpora the
   * pruned search, identical in results, costs more than it saves (see
   * docs/bench.md), so it is kept for `searchPruned` only.
   */
  search(groups: TermGroup[], k: number): ScoredDoc[] {
    return exhaustiveSearch(this.postings, compilePlan(this.postings, groups), this.accumulators(), k);
  }

  /** Every posting of every alternative walked: the reference the pruned search is tested against. */
  searchExhaustive(groups: TermGroup[], k: number): ScoredDoc[] {
    return exhaustiveSearch(this.postings, compilePlan(this.postings, groups), this.accumulators(), k);
  }

  /** Always the pruned path (tests, benchmark), with what it walked when `stats` is given. */
  searchPruned(groups: TermGroup[], k: number, stats?: PruneStats): ScoredDoc[] {
    const plan = compilePlan(this.postings, groups);
    if (stats) stats.postings += planPostings(plan);
    return prunedSearch(this.postings, plan, this.accumulators(), k, stats);
  }

  /** Postings an exhaustive search of these concepts walks (what the benchmark's query model matches). */
  postingsWalked(groups: TermGroup[]): number {
    return planPostings(compilePlan(this.postings, groups));
  }

  private accumulators(): Accumulators {
    return (this.acc ??= new Accumulators(this.size));
  }

  coverage(groups: TermGroup[], index: number): number {
    const credits = this.credits(groups, [index]);
    this.lastCredits = { groups, shape: shapeOf(groups), index, credits: [...credits] };
    return this.weighted(groups, credits);
  }

  /** Coverage by several documents together: a concept counts when any of them has it. */
  coverageOf(groups: TermGroup[], indices: number[]): number {
    return this.weighted(groups, this.credits(groups, indices));
  }

  private weighted(groups: TermGroup[], credits: number[]): number {
    const weights = this.weightsOf(groups);
    let covered = 0;
    let all = 0;
    groups.forEach((_, g) => {
      all += weights[g];
      covered += credits[g] * weights[g];
    });
    return all ? covered / all : 0;
  }

  /**
   * Retrieval asks each hit's coverage and then its credits: the credits of
   * the last coverage call are reused when asked again for the same concepts
   * (same array, same shape) and document.
   */
  private lastCredits?: { groups: TermGroup[]; shape: string; index: number; credits: number[] };
  private lastWeights?: { groups: TermGroup[]; shape: string; weights: number[] };

  private weightsOf(groups: TermGroup[]): number[] {
    const shape = shapeOf(groups);
    const last = this.lastWeights;
    if (last && last.groups === groups && last.shape === shape) return last.weights;
    const weights = groups.map((g) => this.conceptWeight(g));
    this.lastWeights = { groups, shape, weights };
    return weights;
  }

  /** Per concept, how fully the documents together contain it (0, title only, dictionary sense, 1). */
  credits(groups: TermGroup[], indices: number[]): number[] {
    const last = this.lastCredits;
    if (last && indices.length === 1 && last.index === indices[0] && last.groups === groups && last.shape === shapeOf(groups)) {
      return [...last.credits];
    }
    return groups.map((group) => {
      let matched = 0;
      for (const alt of group.alternatives) {
        // A phrase counts when (nearly) all its words are there: "gestion" alone is not "device management".
        const needed = Math.ceil(alt.terms.length * 0.75);
        const credit = alt.source === 'lexicon' ? LEXICON_CREDIT_BASE + alt.weight / 2 : FULL_CREDIT;
        for (const index of indices) {
          let present = 0;
          let withTitle = 0;
          for (const t of alt.terms) {
            const where = this.presence(t, index);
            if (where === 'own') present += 1;
            if (where) withTitle += 1;
          }
          if (present > 0 && present >= needed) matched = Math.max(matched, credit);
          else if (withTitle > 0 && withTitle >= needed) matched = Math.max(matched, TITLE_COVERAGE * credit);
        }
      }
      return matched;
    });
  }

  /** Whether a document has a term in its own text or headings, in its title only, or not at all. */
  private presence(term: string, doc: number): 'own' | 'title' | undefined {
    const id = this.postings.termId.get(term);
    if (id === undefined) return undefined;
    const at = this.postings.find(id, doc);
    if (at < 0) return undefined;
    return this.postings.arrays.flags[at] === TITLE_ONLY ? 'title' : 'own';
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
        if (!this.has(t)) continue;
        if (alt.source === 'lexicon') lexiconWeight = Math.max(lexiconWeight, this.idf(t));
        else weight = Math.max(weight, this.idf(t));
      }
    }
    if (weight === 0) weight = Math.min(lexiconWeight || unseen, unseen) * (group.specificity ?? 1);
    return weight * (group.importance ?? 1);
  }
}

/** What a memo keyed on a concepts array checks besides its identity: the concepts, alternatives and weights in it. */
function shapeOf(groups: TermGroup[]): string {
  let shape = '';
  for (const g of groups) {
    shape += `${g.importance ?? 1}:${g.specificity ?? 1}:${g.alternatives.length}:${g.alternatives[0]?.terms.join(' ')};`;
  }
  return shape;
}
