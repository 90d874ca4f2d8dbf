/**
 * Opens the core over a corpus: configuration, embedding model (or
 * lexical-only), the saved index (built or updated first), the glossary and
 * the optional chat model. Answering lives in core-assistant.ts.
 */
import { join } from 'node:path';
import { CoreAssistant } from './core-assistant.ts';
import { loadCoreConfig, REPO_ROOT, type CoreConfig } from './config.ts';
import type { Embedder } from './embedder.ts';
import { Glossary } from './glossary.ts';
import { HashEmbedder } from './hash-embedder.ts';
import { openIndex, type Progress } from './index-store.ts';
import type { AnswerModel } from './llm/answer-model.ts';
import { HybridRetriever } from './search.ts';
import { TransformersEmbedder } from './transformers-embedder.ts';

export { CoreAssistant, checkQuestion } from './core-assistant.ts';

export interface AssistantOptions extends Partial<CoreConfig> {
  /** An embedder to use instead of the configured one (tests, benchmarks). */
  embedder?: Embedder;
  /** A chat model to use instead of the configured OpenAI-compatible one. */
  model?: AnswerModel;
  glossaryPath?: string;
  onProgress?: (p: Progress) => void;
  /** Model download progress (first use on a machine with internet). */
  onModelProgress?: (e: { file?: string; progress?: number; status: string }) => void;
}

export const GLOSSARY_PATH = join(REPO_ROOT, 'retrieval', 'glossary', 'terms.json');

/** Opens the assistant over a corpus, building or updating its index first. */
export async function openAssistant(options: AssistantOptions = {}): Promise<CoreAssistant> {
  const config = { ...loadCoreConfig(), ...definedOnly(options) };
  const notices: string[] = [];
  const embedder = options.embedder ?? (await loadEmbedder(config, notices, options.onModelProgress));
  const index = await openIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, embedder, onProgress: options.onProgress });
  notices.push(...index.notices);
  let glossary: Glossary | undefined;
  try {
    glossary = Glossary.fromFile(options.glossaryPath ?? GLOSSARY_PATH);
  } catch (error) {
    notices.push(`Bilingual glossary unavailable (${(error as Error).message.split('\n', 1)[0]}): cross-lingual recall will be weaker.`);
  }
  const docs = new Map(index.docs.map((d) => [d.id, d]));
  const retriever = new HybridRetriever(index.clauses, docs, glossary, index.vectors ? embedder : undefined, index.vectors, index.vectorLabels);
  // The openai client is loaded only when a model is configured: it costs start-up time otherwise.
  const model = options.model ?? (config.llm ? new (await import('./llm/openai-answerer.ts')).OpenAIAnswerModel(config.llm) : undefined);
  return new CoreAssistant(retriever, docs, notices, config, model);
}

async function loadEmbedder(config: CoreConfig, notices: string[], onProgress?: AssistantOptions['onModelProgress']): Promise<Embedder | undefined> {
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
    notices.push((error as Error).message);
    return undefined;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
