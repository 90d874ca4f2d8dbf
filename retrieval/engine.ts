/**
 * The core: opens (or builds) the index for a corpus and answers through one
 * path for every adapter: check the question, rewrite a follow-up, retrieve,
 * then compose an extractive answer or abstain.
 */
import type { Assistant } from './assistant.ts';
import { loadCoreConfig, type CoreConfig } from './config.ts';
import { abstention, composeExtractive } from './answer/extractive.ts';
import { isHostile } from './answer/guard.ts';
import { MESSAGES } from './answer/messages.ts';
import { briefSections, composeSections, mandateSections } from './answer/sections.ts';
import { CodedError, ErrorCode, MAX_QUESTION_CHARS } from './errors.ts';
import type { Embedder } from './embedder.ts';
import { Glossary } from './glossary.ts';
import { HashEmbedder } from './hash-embedder.ts';
import { openIndex, type Progress } from './index-store.ts';
import { detectLanguage } from './language.ts';
import { HybridRetriever } from './search.ts';
import { TransformersEmbedder } from './transformers-embedder.ts';
import { rewriteFollowUp } from './follow-up.ts';
import type { Answer, AskOptions, ClauseView, DocumentMeta, Lang, SourceInfo } from './types.ts';
import { join } from 'node:path';
import { REPO_ROOT } from './config.ts';

export interface AssistantOptions extends Partial<CoreConfig> {
  /** An embedder to use instead of the configured one (tests, benchmarks). */
  embedder?: Embedder;
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
  const retriever = new HybridRetriever(index.clauses, docs, glossary, index.vectors ? embedder : undefined, index.vectors);
  return new CoreAssistant(retriever, docs, notices, config);
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

export class CoreAssistant implements Assistant {
  constructor(
    readonly retriever: HybridRetriever,
    private readonly docs: Map<string, DocumentMeta>,
    readonly notices: string[],
    readonly config: CoreConfig,
  ) {}

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const q = checkQuestion(question);
    const lang = detectLanguage(q);
    if (isHostile(q)) return abstention(q, lang, [], true);
    const searched = rewriteFollowUp(q, options.history ?? [], (text) => this.retriever.concepts(text, detectLanguage(text)).length);
    const { hits, groups } = await this.retriever.retrieve(searched, lang, 12);
    const answer = composeExtractive({ question: q, lang, hits, groups, docs: this.docs, listItems: (h) => this.retriever.listItems(h) });
    answer.searched = searched;
    answer.notes.push(...this.modeNotes(lang));
    options.onPartial?.(answer.answer);
    return answer;
  }

  async summary(topic: string, options: AskOptions = {}): Promise<Answer> {
    const text = topic.trim().slice(0, MAX_QUESTION_CHARS);
    const lang = text ? detectLanguage(text) : 'en';
    if (text && isHostile(text)) return abstention(text, lang, [], true);
    const doc = this.findDocument(text);
    const sections = await briefSections(this.retriever, text, lang, doc);
    const answer = composeSections(text || 'summary', lang, sections, this.docs);
    answer.notes.push(...this.modeNotes(lang));
    options.onPartial?.(answer.answer);
    return answer;
  }

  async mandate(options: AskOptions & { lang?: Lang } = {}): Promise<Answer> {
    const lang = options.lang ?? 'en';
    const sections = await mandateSections(this.retriever, lang);
    const answer = composeSections(lang === 'fr' ? 'Mandat du JCG-IoTSec' : 'JCG-IoTSec mandate', lang, sections, this.docs);
    answer.notes.push(...this.modeNotes(lang));
    options.onPartial?.(answer.answer);
    return answer;
  }

  sources(): SourceInfo[] {
    const counts = new Map<string, number>();
    for (const c of this.retriever.clauses) counts.set(c.docId, (counts.get(c.docId) ?? 0) + 1);
    return [...this.docs.values()].map((d) => ({
      id: d.id,
      citation: d.citation,
      title: d.title,
      language: d.language,
      clauses: counts.get(d.id) ?? 0,
      ...(d.url ? { url: d.url } : {}),
      ...(d.date ? { date: d.date } : {}),
    }));
  }

  clause(id: string): ClauseView | undefined {
    const clause = this.retriever.clauses.find((c) => c.id === id);
    if (!clause) return undefined;
    const doc = this.docs.get(clause.docId);
    return { ...clause, document: doc?.citation ?? clause.docId, ...(doc?.url ? { url: doc.url } : {}) };
  }

  private findDocument(topic: string): DocumentMeta | undefined {
    const t = topic.toLowerCase().trim();
    if (!t) return undefined;
    return [...this.docs.values()].find((d) => [d.id, d.short, d.citation].some((name) => name.toLowerCase() === t || t.includes(name.toLowerCase())));
  }

  private modeNotes(lang: Lang): string[] {
    return this.retriever.dense ? [] : [MESSAGES[lang].lexicalOnly];
  }
}

/** Rejects what cannot be a question with one clear line. */
export function checkQuestion(question: string): string {
  const q = (question ?? '').replace(/\s+/g, ' ').trim();
  if (!q) throw new CodedError(ErrorCode.EmptyQuestion, 'The question is empty: ask something, e.g. "Who are the co-convenors of JCG-IoTSec?"');
  if (q.length > MAX_QUESTION_CHARS) {
    throw new CodedError(ErrorCode.QuestionTooLong, `The question is ${q.length} characters long; the limit is ${MAX_QUESTION_CHARS}. Please shorten it.`);
  }
  return q;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
