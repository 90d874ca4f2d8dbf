/**
 * Hybrid retrieval: BM25 over analysed clauses with glossary-expanded
 * concepts, plus dense vectors when a model is loaded, fused by reciprocal
 * rank. Every hit carries its concept coverage, which abstention reads.
 */
import { analyze, analyzeQuery } from './analyze.ts';
import { fold } from './parse/vocabulary.ts';
import { dot, type Embedder } from './embedder.ts';
import { plainGroups, type Glossary, type TermGroup } from './glossary.ts';
import { Bm25Index, type LexicalIndex } from './lexical-index.ts';
import type { VectorIndex } from './vector-index.ts';
import type { Clause, DocumentMeta, Lang } from './types.ts';

export interface Hit {
  index: number;
  clause: Clause;
  lexical: number;
  dense: number;
  /** Reciprocal-rank fusion of the two rankings: orders candidates. */
  fused: number;
  /** Lexical and dense scores scaled to the best candidate's (0..1), averaged when both exist: what answers weigh. */
  strength: number;
  /** Rarity-weighted share of the question's concepts present in the clause. */
  coverage: number;
  /** The clause belongs to a document the question names. */
  named?: boolean;
}

const RRF_K = 60;
const NAMED_DOCUMENT_BOOST = 1.5;
/** Share of the dense score in a hit's strength when an embedding model is loaded. */
const DENSE_SHARE = 0.3;

function normalizeName(text: string): string {
  return fold(text).replace(/[^a-z0-9/]+/g, ' ').trim();
}
/** A stem variant ("modif" for "modifi") scores a little below the term as asked. */
const VARIANT_WEIGHT = 0.85;
const CANDIDATES = 50;

export class HybridRetriever {
  readonly lexical: LexicalIndex;

  constructor(
    readonly clauses: Clause[],
    readonly docs: Map<string, DocumentMeta>,
    private readonly glossary?: Glossary,
    private readonly embedder?: Embedder,
    private readonly vectors?: VectorIndex,
    /** HNSW label of each clause's vector; labels are clause indices when not given. */
    vectorLabels?: number[],
  ) {
    if (vectorLabels) this.clauseOfLabel = new Map(vectorLabels.map((label, index) => [label, index]));
    this.lexical = new Bm25Index(
      clauses.map((c) => {
        const lang = docs.get(c.docId)?.language ?? 'fr';
        const [title, ...rest] = c.context.split('\n');
        return { terms: analyze(c.text, lang), contextTerms: analyze(rest.join('\n'), lang), titleTerms: analyze(title ?? '', lang) };
      }),
    );
    this.indexFollowers();
  }

  private readonly clauseOfLabel?: Map<number, number>;

  /** Clauses whose lead-in (last context line) is a given clause's text: the items of its list. */
  private readonly followers = new Map<number, number[]>();

  /** The items a lead-in clause introduces, as hits carrying the lead-in's scores. */
  listItems(hit: Hit): Hit[] {
    return (this.followers.get(hit.index) ?? []).map((index) => ({ ...hit, index, clause: this.clauses[index] }));
  }

  private indexFollowers(): void {
    const byText = new Map<string, number>();
    this.clauses.forEach((c, i) => {
      if (/:$/.test(c.text)) byText.set(`${c.docId}\n${c.text}`, i);
    });
    this.clauses.forEach((c, i) => {
      const lead = byText.get(`${c.docId}\n${c.context.split('\n').at(-1)}`);
      if (lead !== undefined && lead !== i) this.followers.set(lead, [...(this.followers.get(lead) ?? []), i]);
    });
  }

  /** Document names by their first word: a question is scanned once, whatever the number of documents. */
  private namesByFirstWord?: Map<string, Array<{ docId: string; words: string[] }>>;

  /** Documents the question refers to by name (short name, citation, manifest aliases). */
  namedDocuments(question: string): Set<string> {
    if (!this.namesByFirstWord) {
      this.namesByFirstWord = new Map();
      for (const d of this.docs.values()) {
        const names = [d.short, d.citation, ...(d.aliases ?? []), ...Object.values(d.annexes ?? {})]
          .flatMap((name) => [name, name.replace(/\bRes\.\s*/i, 'Resolution '), name.replace(/\bRes\.\s*/i, 'Résolution ')])
          .map((name) => normalizeName(name))
          .filter((name) => name.length >= 3);
        for (const name of new Set(names)) {
          const words = name.split(' ');
          const list = this.namesByFirstWord.get(words[0]) ?? [];
          list.push({ docId: d.id, words });
          this.namesByFirstWord.set(words[0], list);
        }
      }
    }
    const q = normalizeName(question).split(' ');
    const found = new Set<string>();
    q.forEach((word, i) => {
      for (const { docId, words } of this.namesByFirstWord!.get(word) ?? []) {
        if (words.every((w, k) => q[i + k] === w)) found.add(docId);
      }
    });
    return found;
  }

  /** Analysed words of a document's names, in every language the names use. */
  private aliasTerms(docId: string): string[] {
    const d = this.docs.get(docId);
    if (!d) return [];
    const names = [d.short, d.citation, ...(d.aliases ?? [])].join(' ');
    return [...new Set((['en', 'fr', 'es'] as const).flatMap((l) => analyzeQuery(names, l).flatMap((t) => [t.term, t.compound?.whole ?? t.term])))];
  }

  /** Best cosine similarity between a text and clauses, through the embedding model; undefined without one. */
  async similarity(text: string, clauses: Clause[]): Promise<number | undefined> {
    if (!this.embedder || !this.vectors || !clauses.length) return undefined;
    const [query, ...passages] = await this.embedder.embed([text, ...clauses.map((c) => c.text)], 'passage');
    return Math.max(...passages.map((p) => dot(query, p)));
  }

  get dense(): boolean {
    return Boolean(this.embedder && this.vectors);
  }

  /** The question's concepts: analysed terms grouped with their glossary equivalents. */
  concepts(question: string, lang: Lang): TermGroup[] {
    const terms = analyzeQuery(question, lang);
    const inCorpus = (term: string) => this.lexical.has(term);
    const groups = this.glossary ? this.glossary.expand(terms, inCorpus) : plainGroups(terms, inCorpus);
    for (const group of groups) {
      const seen = new Set(group.alternatives.map((a) => a.terms.join(' ')));
      for (const alt of [...group.alternatives]) {
        if (alt.terms.length !== 1) continue;
        // Translations only take shorter stems ("modifi" → "modif"): longer ones drift ("conven" → "convenu").
        const variants = this.lexical.variants(alt.terms[0]).filter((v) => alt.weight === 1 || v.length < alt.terms[0].length);
        for (const variant of variants) {
          if (seen.has(variant)) continue;
          seen.add(variant);
          group.alternatives.push({ terms: [variant], weight: alt.weight * VARIANT_WEIGHT });
        }
      }
    }
    return groups;
  }

  async retrieve(question: string, lang: Lang, k = 10): Promise<{ hits: Hit[]; groups: TermGroup[] }> {
    // "According to the GCA guidelines …": the clauses of a document the question names come
    // first, and its name stops counting as a topic ("GCA", "guidelines"): the rest of the question is.
    const named = this.namedDocuments(question);
    let groups = this.concepts(question, lang);
    if (named.size) {
      const nameTerms = new Set([...named].flatMap((id) => this.aliasTerms(id)));
      const topical = groups.filter((g) => !g.original.every((t) => nameTerms.has(t)));
      if (topical.length) groups = topical;
    }
    const lexical = groups.length ? this.lexical.search(groups, CANDIDATES) : [];
    if (named.size) {
      for (const hit of lexical) if (named.has(this.clauses[hit.index].docId)) hit.score *= NAMED_DOCUMENT_BOOST;
      lexical.sort((a, b) => b.score - a.score || a.index - b.index);
    }
    const found = this.embedder && this.vectors ? this.vectors.search((await this.embedder.embed([question], 'query'))[0], CANDIDATES) : [];
    const dense = this.clauseOfLabel
      ? found.flatMap((h) => (this.clauseOfLabel!.has(h.index) ? [{ index: this.clauseOfLabel!.get(h.index)!, score: h.score }] : []))
      : found;
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
    // Lexical evidence leads: it is what coverage and citations are checked against. The dense
    // score lifts paraphrases that share few words with the clause.
    const strength = (s: { lexical: number; dense: number }) =>
      dense.length ? (1 - DENSE_SHARE) * (s.lexical / maxLexical) + DENSE_SHARE * (Math.max(0, s.dense) / maxDense) : s.lexical / maxLexical;
    const hits = [...fused.entries()]
      .map(([index, s]) => ({
        index,
        clause: this.clauses[index],
        ...s,
        strength: strength(s),
        coverage: this.lexical.coverage(groups, index),
        ...(named.has(this.clauses[index].docId) ? { named: true } : {}),
      }))
      .sort((a, b) => b.fused - a.fused || b.lexical - a.lexical);
    // Dense neighbours never push the best lexical matches out of the candidates.
    const mustKeep = new Set(lexical.slice(0, Math.ceil(k / 2)).map((h) => h.index));
    const kept = hits.filter((h, i) => i < k || mustKeep.has(h.index));
    return { hits: kept, groups };
  }
}
