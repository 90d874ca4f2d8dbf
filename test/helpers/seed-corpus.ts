/**
 * The seed corpus in memory, parsed as ingestion parses it (corpus/manifest.json
 * and retrieval/ingest/parse/itu-parser.ts, no index on disk), and the
 * retrieval stages built over it from the modules themselves: lexical index,
 * query concepts (the ITU glossary by default: the general lexicon costs
 * half a second to load), the hybrid retriever and the verifier's rules.
 */
import { readFileSync } from 'node:fs';
import type { DenseSearch } from '../../retrieval/dense/dense-search.ts';
import { HybridRetriever } from '../../retrieval/fusion/hybrid-retriever.ts';
import { ClauseList } from '../../retrieval/ingest/clause-store.ts';
import { parseItuText } from '../../retrieval/ingest/parse/itu-parser.ts';
import type { Bm25Index } from '../../retrieval/lexical/bm25-index.ts';
import { buildLexicalIndex } from '../../retrieval/lexical/build-lexical.ts';
import { QueryConcepts, type ConceptResources } from '../../retrieval/query/concepts.ts';
import { Glossary } from '../../retrieval/query/glossary.ts';
import { DocumentNames } from '../../retrieval/query/named-documents.ts';
import type { Clause, DocumentMeta, Lang, TermGroup } from '../../retrieval/types.ts';
import { groupWeight, sourceClause } from '../../retrieval/verify/evidence.ts';
import { RuleChecker, type SourceClause } from '../../retrieval/verify/rules.ts';

const DATA = 'retrieval/query/data';

/** The documents of corpus/manifest.json, as the manifest describes them. */
export const SEED_DOCS: readonly DocumentMeta[] = (
  JSON.parse(readFileSync('corpus/manifest.json', 'utf8')) as { documents: DocumentMeta[] }
).documents;

let clauses: Clause[] | undefined;

/** Every clause of the seed corpus, in manifest order (parsed once per test file). */
export function seedClauses(): Clause[] {
  clauses ??= SEED_DOCS.flatMap((doc) => parseItuText(readFileSync(`corpus/${doc.file}`, 'utf8'), doc));
  return clauses;
}

/** One seed clause by id; throws on an unknown id so a renamed clause fails loudly. */
export function seedClause(id: string): Clause {
  const clause = seedClauses().find((c) => c.id === id);
  if (!clause) throw new Error(`no seed clause ${id}`);
  return clause;
}

let store: ClauseList | undefined;

/** The seed clauses as a ClauseList. */
export function seedStore(): ClauseList {
  store ??= new ClauseList(seedClauses(), SEED_DOCS);
  return store;
}

let glossary: Glossary | undefined;

/** The ITU glossary of retrieval/query/data (loaded once per test file). */
export function seedGlossary(): Glossary {
  glossary ??= Glossary.fromFile(`${DATA}/itu-glossary.json`);
  return glossary;
}

export interface SeedStages {
  store: ClauseList;
  lexical: Bm25Index;
  concepts: QueryConcepts;
  retriever: HybridRetriever;
}

/** Lexical index, concepts and retriever over the seed store; the glossary alone unless other resources are given. */
export function seedStages(options: { resources?: ConceptResources; dense?: DenseSearch } = {}): SeedStages {
  const s = seedStore();
  const lexical = buildLexicalIndex(s);
  const concepts = new QueryConcepts(lexical, options.resources ?? { glossary: seedGlossary() });
  const retriever = new HybridRetriever({ store: s, lexical, concepts, names: new DocumentNames(s.docs), dense: options.dense });
  return { store: s, lexical, concepts, retriever };
}

/** The verifier's rules over the seed corpus, as the pipeline builds them, and a seed clause as they read it. */
export function seedRules(stages: SeedStages = seedStages()): { rules: RuleChecker; source(id: string): SourceClause } {
  const { store: s, lexical, concepts } = stages;
  const support = { concepts: (text: string, lang: Lang) => concepts.of(text, lang), weight: (g: TermGroup) => groupWeight(lexical, g) };
  const rules = new RuleChecker(
    support,
    s.docs,
    s.clauses.map((c) => c.text),
  );
  return { rules, source: (id) => sourceClause(seedClause(id), s.docs) };
}
