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
import { GenerativeAnswerer } from './answer/generative.ts';
import type { AnswerModel } from './llm/answer-model.ts';
import { renderPrompt } from './llm/prompts.ts';
import type { Hit } from './search.ts';

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

export class CoreAssistant implements Assistant {
  private readonly generator?: GenerativeAnswerer;

  constructor(
    readonly retriever: HybridRetriever,
    private readonly docs: Map<string, DocumentMeta>,
    readonly notices: string[],
    readonly config: CoreConfig,
    readonly model?: AnswerModel,
  ) {
    if (model) this.generator = new GenerativeAnswerer(model, retriever, docs);
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const q = checkQuestion(question);
    const lang = detectLanguage(q);
    if (isHostile(q)) return abstention(q, lang, [], true);
    if (MANDATE_INTENT.test(q)) return this.mandate({ ...options, lang });
    const generate = this.generator && options.llm !== false;
    const searched = await this.standalone(q, options, Boolean(generate));
    const { hits, groups } = await this.retriever.retrieve(searched, lang, 12);
    const extractive = composeExtractive({ question: q, lang, hits, groups, docs: this.docs, listItems: (h) => this.retriever.listItems(h) });
    extractive.searched = searched;
    // Abstention is decided on the evidence, before any model: a model never gets to answer what the documents don't.
    if (!generate || extractive.abstained) {
      options.onPartial?.(extractive.answer);
      return extractive;
    }
    const byId = new Map(hits.map((h) => [h.clause.id, h]));
    const cited = extractive.citations.map((c) => byId.get(c.id) ?? this.hitFor(c.id));
    const extra = hits.filter((h) => h.coverage >= 0.3 && !isHostile(h.clause.text) && !cited.some((c) => c.index === h.index));
    const sources = [...cited, ...extra].slice(0, Math.max(6, cited.length));
    return this.generator!.generate({ prompt: 'answer', question: q, lang, sources, fallback: { ...extractive, notes: [] }, onPartial: options.onPartial, signal: options.signal });
  }

  /** A follow-up made standalone: by the model when there is one, by carrying the previous question otherwise. */
  private async standalone(q: string, options: AskOptions, useModel: boolean): Promise<string> {
    const history = options.history ?? [];
    const extractive = rewriteFollowUp(q, history, (text) => this.retriever.concepts(text, detectLanguage(text)).length);
    if (!useModel || !this.model || !history.length || extractive === q) return extractive;
    try {
      const prompt = renderPrompt('follow-up', {
        history: history.map((t) => `Q: ${t.question}\nA: ${t.answer.answer.slice(0, 600)}`).join('\n\n'),
        question: q,
      });
      const rewritten = (await this.model.complete([{ role: 'user', content: prompt }], { signal: options.signal })).trim().split('\n')[0];
      return rewritten && rewritten.length <= 2 * MAX_QUESTION_CHARS && !isHostile(rewritten) ? rewritten : extractive;
    } catch {
      return extractive;
    }
  }

  private hitFor(id: string): Hit {
    const index = this.retriever.clauses.findIndex((c) => c.id === id);
    return { index, clause: this.retriever.clauses[index], lexical: 0, dense: 0, fused: 0, strength: 0, coverage: 0 };
  }

  async summary(topic: string, options: AskOptions = {}): Promise<Answer> {
    const text = topic.trim().slice(0, MAX_QUESTION_CHARS);
    const lang = text ? detectLanguage(text) : 'en';
    if (text && isHostile(text)) return abstention(text, lang, [], true);
    const doc = this.findDocument(text);
    const sections = await briefSections(this.retriever, text, lang, doc);
    const answer = composeSections(text || 'summary', lang, sections, this.docs);
    return this.generateSections('summary', text || doc?.title || 'JCG-IoTSec', lang, sections, answer, options);
  }

  /** Briefs and onboarding through the model when configured, from the same clauses as the extractive version. */
  private async generateSections(prompt: 'summary' | 'onboarding', topic: string, lang: Lang, sections: Array<{ title: string; hits: Hit[] }>, extractive: Answer, options: AskOptions): Promise<Answer> {
    if (!this.generator || options.llm === false || extractive.abstained) {
      options.onPartial?.(extractive.answer);
      return extractive;
    }
    const seen = new Set<string>();
    const sources = sections.flatMap((s) => s.hits).filter((h) => !seen.has(h.clause.id) && seen.add(h.clause.id));
    const headings = sections.map((s) => s.title).join(', ');
    return this.generator.generate({ prompt, question: topic, lang, sources, fallback: { ...extractive, notes: [] }, extra: { headings }, onPartial: options.onPartial, signal: options.signal });
  }

  async mandate(options: AskOptions = {}): Promise<Answer> {
    const lang = options.lang ?? 'en';
    const sections = await mandateSections(this.retriever, lang);
    const topic = lang === 'fr' ? 'Mandat du JCG-IoTSec' : 'JCG-IoTSec mandate';
    const answer = composeSections(topic, lang, sections, this.docs);
    return this.generateSections('onboarding', topic, lang, sections, answer, options);
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
}

/** Newcomers' questions about the group itself get the cited mandate brief. */
const MANDATE_INTENT = /\b(what is (this|the) (group|jcg(-iotsec)?) (for|about)|what('s| is) the (mandate|purpose) of (this|the) (group|jcg(-iotsec)?)|what does (this|the) (group|jcg(-iotsec)?) do|explain the mandate|à quoi sert (ce|le) groupe|quel est le mandat (de ce|du) groupe)\b/i;

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
