/**
 * Hybrid retrieval: BM25 over analysed clauses with glossary-expanded
 * concepts, plus dense vectors when a model is loaded, fused by reciprocal
 * rank. Every hit carries its concept coverage, which abstention reads.
 */
import { rowReading } from '../ingest/parse/table-rows.ts';
import type { DenseSearch } from '../dense/dense-search.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import type { LexicalIndex } from '../lexical/lexical-index.ts';
import { longestRun, MIN_RUN, runLift } from '../lexical/phrase-runs.ts';
import { analyze, analyzeQuery } from '../query/analyze.ts';
import type { QueryConcepts } from '../query/concepts.ts';
import { DocumentNames } from '../query/named-documents.ts';
import type { Hit, Lang, Retrieval, ScoredDoc, TermGroup } from '../types.ts';
import type { Retriever } from './retriever.ts';

const RRF_K = 60;
const NAMED_DOCUMENT_BOOST = 1.5;
/** Share of the dense score in a hit's strength when an embedding model is loaded. */
const DENSE_SHARE = 0.3;
const CANDIDATES = 50;
/** Lexical candidates read for runs of the question's concepts (lexical/phrase-runs.ts), and clauses' words kept. */
const RUN_CANDIDATES = 25;
const TERMS_KEPT = 20_000;

export interface HybridParts {
  store: ClauseStore;
  lexical: LexicalIndex;
  concepts: QueryConcepts;
  names: DocumentNames;
  /** Absent: lexical-only. */
  dense?: DenseSearch;
}

export class HybridRetriever implements Retriever {
  private readonly clauseTerms = new Map<number, string[]>();

  constructor(private readonly parts: HybridParts) {}

  get dense(): boolean {
    return Boolean(this.parts.dense);
  }

  concepts(text: string, lang: Lang): TermGroup[] {
    return this.parts.concepts.of(text, lang);
  }

  written(text: string, lang: Lang): string {
    return this.parts.concepts.written(text, lang);
  }

  async retrieve(question: string, lang: Lang, k = 10, options: { asking?: number } = {}): Promise<Retrieval> {
    const { store, lexical: index, dense: denseSearch } = this.parts;
    const { named, ...names } = this.sources(question, lang);
    const groups = this.topicalGroups(question, lang, names, options.asking);
    const lexical = groups.length ? index.search(groups, CANDIDATES) : [];
    for (const hit of lexical) if (named.has(store.clauses[hit.index].docId)) hit.score *= NAMED_DOCUMENT_BOOST;
    if (groups.length >= MIN_RUN) {
      // The best lexical candidates only: a clause far down holds the question's words too scattered to be lifted.
      for (const hit of lexical.slice(0, RUN_CANDIDATES)) hit.score *= runLift(longestRun(groups, this.terms(hit.index)));
    }
    lexical.sort((a, b) => b.score - a.score || a.index - b.index);
    const dense = denseSearch ? await denseSearch.search(question, CANDIDATES) : [];
    // Planted instructions (flagged at indexing) are data, never evidence.
    const fused = fuse(lexical, dense).filter(({ index }) => !store.flagged(index));
    // Dense neighbours never push the best lexical matches out of the candidates.
    const mustKeep = new Set(lexical.slice(0, Math.ceil(k / 2)).map((h) => h.index));
    // Coverage is measured only for the hits returned (it walks the concepts' postings).
    const hits = fused
      .filter((h, i) => i < k || mustKeep.has(h.index))
      .map(({ index, ...scores }): Hit => ({
        index,
        clause: store.clauses[index],
        ...scores,
        coverage: this.parts.lexical.coverage(groups, index),
        credits: this.parts.lexical.credits(groups, [index]),
        ...(named.has(store.clauses[index].docId) ? { named: true } : {}),
      }));
    return { hits, groups };
  }

  /** A clause's own words as analysed, in order (kept for the clauses asked about most recently). */
  private terms(index: number): string[] {
    let terms = this.clauseTerms.get(index);
    if (!terms) {
      if (this.clauseTerms.size >= TERMS_KEPT) this.clauseTerms.clear();
      terms = analyze(rowReading(this.parts.store.clauses[index]), this.parts.store.languageOf(index));
      this.clauseTerms.set(index, terms);
    }
    return terms;
  }

  /**
   * The documents a question names: by name ("Res. 98", "the GCA guidelines"), or else by a description after
   * "according to" / "selon" / "según" ("the Council report"), and by their kind beside a code of their own ("las
   * directrices GCA"). With them, the terms of their names, which stop being topics, and the words the question wrote
   * them with: a word of a name written a second time is a topic there ("do the GCA guidelines rewrite the GCA itself?").
   */
  private sources(question: string, lang: Lang): { named: Set<string>; nameTerms: Set<string>; written: string[] } {
    const { names, concepts } = this.parts;
    const mentions = names.names(question);
    const named = new Set(mentions.map((m) => m.docId));
    const nameTerms = new Set([...named].flatMap((id) => names.terms(id)));
    const written = mentions.flatMap((m) => m.words);
    const described = named.size ? undefined : DocumentNames.sourceOf(question);
    const groups = described ? concepts.of(described, lang) : [];
    const doc = described && names.described(groups);
    if (doc) {
      named.add(doc);
      for (const t of [...names.terms(doc), ...groups.flatMap((g) => g.original)]) nameTerms.add(t);
      written.push(described);
    }
    // "The circular that set up the JCG": the document named, its description still the question's topic.
    const relative = named.size ? undefined : DocumentNames.describedBy(question);
    const byRelative = relative && names.described(concepts.of(relative, lang));
    if (byRelative) named.add(byRelative);
    for (const [id, words] of names.byCode(question)) {
      if (named.has(id)) continue;
      named.add(id);
      for (const w of words) for (const g of concepts.of(w, lang)) g.original.forEach((t) => nameTerms.add(t));
      written.push(...words);
    }
    return { named, nameTerms, written };
  }

  /**
   * "According to the GCA guidelines …": the name of a document the question
   * names stops counting as a topic ("GCA", "guidelines"); the rest of the question is.
   */
  private topicalGroups(question: string, lang: Lang, names: { nameTerms: Set<string>; written: string[] }, asking?: number) {
    const groups = this.parts.concepts.of(question, lang, { asking });
    if (!names.nameTerms.size) return groups;
    const asked = termCounts(question, lang);
    const naming = termCounts(names.written.join(' '), lang);
    const again = (t: string) => (asked.get(t) ?? 0) > (naming.get(t) ?? 0);
    const topical = groups.filter((g) => !g.original.every((t) => names.nameTerms.has(t)) || g.original.some(again));
    return topical.length ? topical : groups;
  }
}

/** How many times each analysed term occurs in a text. */
function termCounts(text: string, lang: Lang): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of analyzeQuery(text, lang)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Reciprocal-rank fusion of the two rankings, with each hit's strength:
 * lexical evidence leads (it is what coverage and citations are checked
 * against); the dense score lifts paraphrases that share few words.
 */
function fuse(lexical: ScoredDoc[], dense: ScoredDoc[]) {
  const fused = new Map<number, { lexical: number; dense: number; fused: number }>();
  lexical.forEach((hit, rank) => fused.set(hit.index, { lexical: hit.score, dense: 0, fused: 1 / (RRF_K + rank + 1) }));
  dense.forEach((hit, rank) => {
    const entry = fused.get(hit.index) ?? { lexical: 0, dense: 0, fused: 0 };
    entry.dense = hit.score;
    entry.fused += 1 / (RRF_K + rank + 1);
    fused.set(hit.index, entry);
  });
  const maxLexical = Math.max(1e-9, ...lexical.map((h) => h.score));
  const maxDense = Math.max(1e-9, ...dense.map((h) => h.score));
  const strength = (s: { lexical: number; dense: number }) =>
    dense.length ? (1 - DENSE_SHARE) * (s.lexical / maxLexical) + DENSE_SHARE * (Math.max(0, s.dense) / maxDense) : s.lexical / maxLexical;
  return [...fused.entries()]
    .map(([index, s]) => ({ index, ...s, strength: strength(s) }))
    .sort((a, b) => b.fused - a.fused || b.lexical - a.lexical);
}
