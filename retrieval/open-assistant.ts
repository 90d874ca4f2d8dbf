/**
 * Opens the core over a corpus: configuration, embedding model (or
 * lexical-only), the saved index (built or updated first), the glossary and
 * the optional chat model. Answering lives in answer-pipeline.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseSupport } from './answer/generative.ts';
import { AnswerPipeline } from './answer-pipeline.ts';
import type { Assistant } from './assistant.ts';
import { loadCoreConfig, REPO_ROOT, type CoreConfig } from './config.ts';
import { CodedError, ErrorCode } from './errors.ts';
import { DenseSearch } from './dense/dense-search.ts';
import type { Embedder } from './dense/embedder.ts';
import { HashEmbedder } from './dense/hash-embedder.ts';
import { hnswFactory } from './dense/hnsw-index.ts';
import { TransformersEmbedder } from './dense/transformers-embedder.ts';
import type { VectorIndex, VectorIndexFactory } from './dense/vector-index.ts';
import { openVectorStore } from './dense/vector-store.ts';
import { HybridRetriever } from './fusion/hybrid-retriever.ts';
import { withBuildLock } from './index-folder.ts';
import { ClauseList } from './ingest/clause-store.ts';
import { ingestedFromSaved, planIngest, runIngest, type IngestedCorpus } from './ingest/ingest-corpus.ts';
import type { Bm25Index } from './lexical/bm25-index.ts';
import { buildLexicalIndex, openLexicalIndex } from './lexical/build-lexical.ts';
import type { AnswerModel } from './llm/answer-model.ts';
import { QueryConcepts, type ConceptResources } from './query/concepts.ts';
import { akin } from './query/kinship.ts';
import { Lexicon } from './query/lexicon.ts';
import { loadGlossary } from './query/saved-tables.ts';
import { Shorthand } from './query/shorthand.ts';
import { WordSpecificity } from './query/specificity.ts';
import { DocumentNames } from './query/named-documents.ts';
import { groupWeight } from './verify/evidence.ts';
import type { Progress } from './types.ts';

export { checkQuestion } from './answer-pipeline.ts';

export interface AssistantOptions extends Partial<CoreConfig> {
  /** An embedder to use instead of the configured one (tests, benchmarks). */
  embedder?: Embedder;
  /** How vector graphs are made; HNSW unless given. */
  vectorIndex?: VectorIndexFactory;
  /** A chat model to use instead of the configured OpenAI-compatible one. */
  model?: AnswerModel;
  /** Build the saved index again from the corpus (the last-good cache is kept). */
  rebuild?: boolean;
  glossaryPath?: string;
  onProgress?: (p: Progress) => void;
  /** Model download progress (first use on a machine with internet). */
  onModelProgress?: (e: { file?: string; progress?: number; status: string }) => void;
}

const DATA = join(REPO_ROOT, 'retrieval', 'query', 'data');
export const GLOSSARY_PATH = join(DATA, 'itu-glossary.json');
export const LEXICON_PATH = join(DATA, 'lexicon.tsv');
const FREQUENCY_PATH = join(DATA, 'word-frequency.json');
const SHORTHAND_PATH = join(DATA, 'chat-shorthand.json');

export interface IndexOptions {
  corpusDir: string;
  indexDir: string;
  /** With an embedder, the dense side is opened (and updated) too. */
  embedder?: Embedder;
  vectorIndex?: VectorIndexFactory;
  onProgress?: (p: Progress) => void;
  /** Ignore the saved clauses and vectors (not the last-good cache), under the build lock. */
  rebuild?: boolean;
}

export interface OpenedIndex {
  store: ClauseList;
  corpusHash: string;
  /** Documents parsed again in this call; the rest came from the saved index. */
  reparsed: string[];
  dense?: DenseSearch;
  /** Clauses embedded in this call. */
  embedded: number;
  /** False when this call found the folder could not be written (files derived from the index are then not saved either). */
  writable: boolean;
  notices: string[];
}

/**
 * The saved index (clauses and, with an embedder, vectors), built or brought
 * up to date with the corpus. A current index is opened without writing or
 * locking, so readers never wait; anything to parse, embed or save happens
 * under the folder's build lock, after reading the saved state again (another
 * process may just have built it). Files are replaced atomically, so a reader
 * sees the previous build or the new one.
 */
export async function openIndex(options: IndexOptions): Promise<OpenedIndex> {
  if (!options.rebuild) {
    const plan = await planIngest(options);
    if (plan.current) {
      const corpus = ingestedFromSaved(plan);
      if (!options.embedder) return opened(corpus, [...corpus.notices]);
      const vectors = await openVectorStore({ ...vectorOptions(options, corpus, []), readOnly: true });
      if (vectors) return opened(corpus, [...corpus.notices], options.embedder, vectors);
    }
  }
  const notices: string[] = [];
  return withBuildLock(options.indexDir, notices, async (saver) => {
    const corpus = await runIngest(await planIngest(options), saver);
    notices.unshift(...corpus.notices);
    if (!options.embedder) return { ...opened(corpus, notices), writable: saver.writable };
    const vectors = await openVectorStore({ ...vectorOptions(options, corpus, notices), saver, rebuild: options.rebuild });
    return { ...opened(corpus, notices, options.embedder, vectors), writable: saver.writable };
  });
}

function vectorOptions(options: IndexOptions, corpus: IngestedCorpus, notices: string[]) {
  const { indexDir, embedder, onProgress } = options;
  const factory = options.vectorIndex ?? hnswFactory;
  return { indexDir, embedder: embedder!, factory, clauses: corpus.clauses, corpusHash: corpus.corpusHash, notices, onProgress };
}

function opened(
  corpus: IngestedCorpus,
  notices: string[],
  embedder?: Embedder,
  vectors?: { index: VectorIndex; labels: number[]; embedded: number },
): OpenedIndex {
  const store = new ClauseList(corpus.clauses, corpus.docs, corpus.flagged);
  const dense = embedder && vectors ? new DenseSearch(embedder, vectors.index, vectors.labels) : undefined;
  return {
    store,
    corpusHash: corpus.corpusHash,
    reparsed: corpus.reparsed,
    dense,
    embedded: vectors?.embedded ?? 0,
    writable: true,
    notices,
  };
}

/** The opened stages of the pipeline, before they are put together (scripts and benchmarks look inside). */
export interface PipelineStages {
  store: ClauseList;
  lexical: Bm25Index;
  concepts: QueryConcepts;
  retriever: HybridRetriever;
  support: ClauseSupport;
  model?: AnswerModel;
  notices: string[];
}

export async function openStages(options: AssistantOptions = {}): Promise<PipelineStages> {
  const config = { ...loadCoreConfig(), ...definedOnly(options) };
  const notices: string[] = [];
  const embedder = options.embedder ?? (await loadEmbedder(config, notices, options.onModelProgress));
  const { vectorIndex, onProgress, rebuild } = options;
  const opened = await openIndex({ ...config, embedder, vectorIndex, onProgress, rebuild });
  notices.push(...opened.notices);
  const saveDir = opened.writable ? config.indexDir : undefined;
  const resources = loadQueryResources(options.glossaryPath ?? GLOSSARY_PATH, notices, saveDir);
  // The openai client is loaded only when a model is configured: it costs start-up time otherwise.
  const model = options.model ?? (config.llm ? new (await import('./llm/openai-answerer.ts')).OpenAIAnswerModel(config.llm) : undefined);
  const lexical = openLexicalIndex(opened.store, { ...opened, indexDir: config.indexDir }, notices);
  return assembleStages(opened.store, { resources, dense: opened.dense, model, notices, lexical });
}

/** The stages over clauses already in memory: lexical index (built unless given), concepts, retrieval, support for verification. */
export function assembleStages(
  store: ClauseList,
  parts: { resources?: ConceptResources; dense?: DenseSearch; model?: AnswerModel; notices?: string[]; lexical?: Bm25Index } = {},
): PipelineStages {
  const { dense } = parts;
  const lexical = parts.lexical ?? buildLexicalIndex(store);
  const concepts = new QueryConcepts(lexical, parts.resources, new Set([...store.docs.values()].map((d) => d.language)));
  const retriever = new HybridRetriever({ store, lexical, concepts, names: new DocumentNames(store.docs), dense });
  const lexicon = parts.resources?.lexicon;
  const support: ClauseSupport = {
    // Verification reads what a sentence states: a word's other forms are no support for it.
    concepts: (text, lang) => concepts.of(text, lang, { families: false, question: false }),
    coverage: (groups, indices) => lexical.coverageOf(groups, indices),
    weight: (group) => groupWeight(lexical, group),
    opposites: (group, lang) => concepts.opposites(group, lang),
    hasSenses: (term, lang) => concepts.hasSenses(term, lang),
    akin: (a, b, lang) => (lexicon ? akin(lexicon, a, b, lang) : false),
    ...(dense ? { similarity: (text, clauses) => dense.similarity(text, clauses) } : {}),
  };
  return { store, lexical, concepts, retriever, support, model: parts.model, notices: parts.notices ?? [] };
}

/** Opens the assistant over a corpus, building or updating its index first. */
export async function openAssistant(options: AssistantOptions = {}): Promise<Assistant> {
  return new AnswerPipeline(await openStages(options));
}

/**
 * The word tables the query stage reads; one that cannot load costs recall, never the answer.
 * With `indexDir`, the glossary is read there as analysed before (saved there on first use).
 */
export function loadQueryResources(glossaryPath = GLOSSARY_PATH, notices: string[] = [], indexDir?: string): ConceptResources {
  const load = <T>(what: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      notices.push(`${what} unavailable (${(error as Error).message.split('\n', 1)[0]}): recall will be weaker.`);
      return undefined;
    }
  };
  return {
    glossary: load('Bilingual ITU glossary', () => loadGlossary(glossaryPath, indexDir, notices)),
    lexicon: load('General lexicon', () => Lexicon.fromFile(LEXICON_PATH)),
    specificity: load('Word frequency table', () => WordSpecificity.fromFile(FREQUENCY_PATH)),
    shorthand: load('Chat shorthand table', () => Shorthand.fromFile(SHORTHAND_PATH)),
  };
}

async function loadEmbedder(
  config: CoreConfig,
  notices: string[],
  onProgress?: AssistantOptions['onModelProgress'],
): Promise<Embedder | undefined> {
  if (config.embeddings === 'off') return undefined;
  if (config.embeddings === 'hash') return new HashEmbedder();
  try {
    return await TransformersEmbedder.load({
      modelId: config.modelId,
      localModelPath: config.localModelPath,
      allowRemote: config.allowDownload,
      cacheDir: config.cacheDir,
      onProgress,
    });
  } catch (error) {
    // A missing model is said once (then remembered in the model cache); a model that fails to load, every time.
    const missing = (error as CodedError).code === ErrorCode.ModelUnavailable && !TransformersEmbedder.present(config);
    if (!missing || !toldAlready(config)) notices.push((error as Error).message);
    return undefined;
  }
}

/** Whether the user was already told the model is missing; remembers that they now have been. */
function toldAlready(config: CoreConfig): boolean {
  const marker = join(config.cacheDir, `.told-missing-${config.modelId.replace(/[^\w.-]+/g, '_')}`);
  if (existsSync(marker)) return true;
  try {
    mkdirSync(config.cacheDir, { recursive: true });
    writeFileSync(marker, new Date().toISOString());
  } catch {
    // An unwritable cache: the notice simply comes again next time.
  }
  return false;
}

/** Downloads the configured embedding model into the model cache (with progress), for "iotsec models pull". */
export async function pullModel(
  onProgress?: AssistantOptions['onModelProgress'],
): Promise<{ modelId: string; dimensions: number; cacheDir: string }> {
  const config = loadCoreConfig();
  const embedder = await TransformersEmbedder.load({ ...config, allowRemote: true, onProgress });
  return { modelId: embedder.modelId, dimensions: embedder.dimensions, cacheDir: config.cacheDir };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
