/**
 * The one answering path behind every adapter: check the question, make a
 * follow-up standalone, retrieve, then compose an extractive answer, abstain,
 * or have the configured model write it and verify every citation.
 */
import type { Assistant, Capabilities } from './assistant.ts';
import { answerAsks } from './answer/asks.ts';
import { abstention, composeExtractive } from './answer/extractive.ts';
import { GenerativeAnswerer, type ClauseSupport } from './answer/generative.ts';
import { languageName } from './answer/messages.ts';
import { briefSections, composeSections, mandateSections, type Section } from './answer/sections.ts';
import { CodedError, ErrorCode, MAX_QUESTION_CHARS } from './errors.ts';
import { fuseRetrievals } from './fusion/fuse-retrievals.ts';
import type { Retriever } from './fusion/retriever.ts';
import type { ClauseStore } from './ingest/clause-store.ts';
import type { AnswerModel } from './llm/answer-model.ts';
import { renderPrompt } from './llm/prompts.ts';
import { rewriteFollowUp } from './query/follow-up.ts';
import { RuleChecker } from './verify/rules.ts';
import { checkDraft, type DraftInput, type DraftReport } from './verify/draft.ts';
import { modelJudge } from './verify/judge.ts';
import { LLM_DEFAULTS } from './config.ts';
import { Deadline } from './llm/deadline.ts';
import { isHostile } from './query/guard.ts';
import { questionForm } from './query/question-form.ts';
import { detectLanguage } from './query/language.ts';
import type { Answer, AskOptions, ClauseView, DocumentMeta, FlaggedClause, Hit, Lang, Retrieval, SourceInfo, TermGroup } from './types.ts';

export interface PipelineParts {
  store: ClauseStore;
  retriever: Retriever;
  support: ClauseSupport;
  model?: AnswerModel;
  notices: string[];
}

/** Candidates retrieved for a question. */
const CANDIDATES = 12;

export class AnswerPipeline implements Assistant {
  readonly notices: string[];
  readonly capabilities: Capabilities;
  private readonly store: ClauseStore;
  private readonly retriever: Retriever;
  private readonly model?: AnswerModel;
  private readonly support: ClauseSupport;
  private readonly generator?: GenerativeAnswerer;
  private readonly rules: RuleChecker;

  constructor(parts: PipelineParts) {
    ({ store: this.store, retriever: this.retriever, model: this.model, notices: this.notices, support: this.support } = parts);
    this.capabilities = { dense: parts.retriever.dense, ...(parts.model ? { model: parts.model.modelId } : {}) };
    this.rules = new RuleChecker(
      parts.support,
      parts.store.docs,
      parts.store.clauses.map((c) => c.text),
    );
    if (parts.model) this.generator = new GenerativeAnswerer(parts.model, parts.support, parts.store.docs, this.rules);
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const q = checkQuestion(question);
    const lang = detectLanguage(q);
    if (isHostile(q)) return abstention(q, lang, [], true);
    if (MANDATE_INTENT.test(q)) return this.mandate({ ...options, lang });
    const generate = this.generator && options.llm !== false;
    // One deadline for everything the model does for this answer; the extractive answer is the fallback at the deadline.
    const deadline = generate ? this.deadline(options.signal) : undefined;
    const signal = deadline?.signal ?? options.signal;
    try {
      const searched = await this.standalone(q, { ...options, signal }, Boolean(generate));
      const { hits, answer: extractive } = await this.extract(q, lang, searched, Boolean(generate), signal);
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
      const fallback = { ...extractive, notes: [] };
      const { onPartial } = options;
      return await this.generator!.generate({
        prompt: 'answer',
        question: q,
        lang,
        sources,
        fallback,
        onPartial,
        signal: deadline!.signal,
      });
    } finally {
      deadline?.dispose();
    }
  }

  private deadline(signal?: AbortSignal): Deadline {
    return new Deadline(this.model?.limits?.deadlineMs ?? LLM_DEFAULTS.deadlineMs, signal);
  }

  /**
   * The extractive answer from the question as asked; with a model, when
   * that finds no answer, the model restates the question in the
   * documents' vocabulary and both are searched (the form checks still read
   * the question as asked, so a near miss stays one).
   */
  private async extract(q: string, lang: Lang, searched: string, useModel: boolean, signal?: AbortSignal) {
    const asked = await this.retriever.retrieve(searched, lang, CANDIDATES);
    const first = await this.composeAsks(q, lang, searched, this.compose(q, lang, asked));
    if (!useModel || !first.answer.abstained) return first;
    const rewritten = await this.rewrite(searched, signal);
    if (!rewritten) return first;
    const other = await this.retriever.retrieve(rewritten, detectLanguage(rewritten), CANDIDATES);
    const retried = this.compose(q, lang, fuseRetrievals(asked, other, CANDIDATES));
    return retried.answer.abstained ? first : retried;
  }

  /** A message that asks two or three things: each answered apart, put together (answer/asks.ts). */
  private composeAsks(q: string, lang: Lang, searched: string, whole: { hits: Hit[]; answer: Answer }) {
    const answer = async (ask: string, asking: number) =>
      this.compose(ask, lang, await this.retriever.retrieve(searched, lang, CANDIDATES, { asking }));
    return answerAsks(q, lang, searched, whole, this.retriever, answer);
  }

  private compose(q: string, lang: Lang, { hits, groups }: Retrieval): { hits: Hit[]; answer: Answer } {
    const coverage = (g: TermGroup[], index: number) => this.support.coverage(g, [index]);
    const form = questionForm(this.retriever.written(q, lang), lang, groups);
    return { hits, answer: composeExtractive({ question: q, lang, hits, groups, form, store: this.store, coverage }) };
  }

  /**
   * The question restated by the model in the documents' vocabulary ("can I
   * dial in?" → "participation à distance"); undefined when it fails or says nothing new.
   */
  private async rewrite(question: string, signal?: AbortSignal): Promise<string | undefined> {
    try {
      const languages = [...new Set([...this.store.docs.values()].map((d) => languageName(d.language, 'en')))].join(' and ');
      const prompt = renderPrompt('rewrite', { question, languages });
      const reply = await this.model!.complete([{ role: 'user', content: prompt }], { signal });
      const rewritten = reply.trim().split('\n')[0].slice(0, MAX_QUESTION_CHARS);
      return rewritten && !isHostile(rewritten) && rewritten !== question ? rewritten : undefined;
    } catch {
      return undefined;
    }
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
      const reply = await this.model.complete([{ role: 'user', content: prompt }], { signal: options.signal });
      const rewritten = reply.trim().split('\n')[0];
      return rewritten && rewritten.length <= 2 * MAX_QUESTION_CHARS && !isHostile(rewritten) ? rewritten : extractive;
    } catch {
      return extractive;
    }
  }

  private hitFor(id: string): Hit {
    const index = this.store.indexOf(id);
    return { index, clause: this.store.clauses[index], lexical: 0, dense: 0, fused: 0, strength: 0, coverage: 0 };
  }

  async summary(topic: string, options: AskOptions = {}): Promise<Answer> {
    const text = topic.trim().slice(0, MAX_QUESTION_CHARS);
    const lang = text ? detectLanguage(text) : 'en';
    if (text && isHostile(text)) return abstention(text, lang, [], true);
    const doc = this.findDocument(text);
    const sections = await briefSections(this.retriever, this.store, text, lang, doc);
    const answer = composeSections(text || 'summary', lang, sections, this.store.docs);
    return this.generateSections('summary', text || doc?.title || 'JCG-IoTSec', lang, sections, answer, options);
  }

  async mandate(options: AskOptions = {}): Promise<Answer> {
    const lang = options.lang ?? 'en';
    const sections = await mandateSections(this.retriever, lang);
    const topic = lang === 'fr' ? 'Mandat du JCG-IoTSec' : 'JCG-IoTSec mandate';
    const answer = composeSections(topic, lang, sections, this.store.docs);
    return this.generateSections('onboarding', topic, lang, sections, answer, options);
  }

  /** Briefs and onboarding through the model when configured, from the same clauses as the extractive version. */
  private async generateSections(
    prompt: 'summary' | 'onboarding',
    topic: string,
    lang: Lang,
    sections: Section[],
    extractive: Answer,
    options: AskOptions,
  ): Promise<Answer> {
    if (!this.generator || options.llm === false || extractive.abstained) {
      options.onPartial?.(extractive.answer);
      return extractive;
    }
    const seen = new Set<string>();
    const sources = sections.flatMap((s) => s.hits).filter((h) => !seen.has(h.clause.id) && seen.add(h.clause.id));
    const headings = sections.map((s) => s.title).join(', ');
    const fallback = { ...extractive, notes: [] };
    const deadline = this.deadline(options.signal);
    try {
      const { onPartial } = options;
      return await this.generator.generate({
        prompt,
        question: topic,
        lang,
        sources,
        fallback,
        extra: { headings },
        onPartial,
        signal: deadline.signal,
      });
    } finally {
      deadline.dispose();
    }
  }

  async verify(draft: DraftInput, options: Pick<AskOptions, 'llm' | 'signal'> = {}): Promise<DraftReport> {
    if (!this.model || !options.llm) return checkDraft(draft, { store: this.store, rules: this.rules });
    const deadline = this.deadline(options.signal);
    try {
      return await checkDraft(draft, { store: this.store, rules: this.rules, judge: modelJudge(this.model, deadline.signal) });
    } finally {
      deadline.dispose();
    }
  }

  sources(): SourceInfo[] {
    const counts = new Map<string, number>();
    for (const c of this.store.clauses) counts.set(c.docId, (counts.get(c.docId) ?? 0) + 1);
    return [...this.store.docs.values()].map((d) => ({
      id: d.id,
      citation: d.citation,
      title: d.title,
      language: d.language,
      clauses: counts.get(d.id) ?? 0,
      ...(d.url ? { url: d.url } : {}),
      ...(d.date ? { date: d.date } : {}),
    }));
  }

  flagged(): FlaggedClause[] {
    const out: FlaggedClause[] = [];
    this.store.clauses.forEach((c, i) => {
      const reason = this.store.flagged(i);
      if (reason) out.push({ id: c.id, label: c.label, document: this.store.docs.get(c.docId)?.citation ?? c.docId, reason });
    });
    return out;
  }

  clause(id: string): ClauseView | undefined {
    const clause = this.store.clauses[this.store.indexOf(id)];
    if (!clause) return undefined;
    const doc = this.store.docs.get(clause.docId);
    return { ...clause, document: doc?.citation ?? clause.docId, ...(doc?.url ? { url: doc.url } : {}) };
  }

  private findDocument(topic: string): DocumentMeta | undefined {
    const t = topic.toLowerCase().trim();
    if (!t) return undefined;
    const names = (d: DocumentMeta) => [d.id, d.short, d.citation];
    return [...this.store.docs.values()].find((d) => names(d).some((name) => name.toLowerCase() === t || t.includes(name.toLowerCase())));
  }
}

/** Newcomers' questions about the group itself get the cited mandate brief. */
const MANDATE_INTENT = new RegExp(
  String.raw`\b(` +
    [
      String.raw`what is (this|the) (group|jcg(-iotsec)?) (for|about)`,
      String.raw`what('s| is) the (mandate|purpose) of (this|the) (group|jcg(-iotsec)?)`,
      String.raw`what does (this|the) (group|jcg(-iotsec)?) do`,
      'explain the mandate',
      'à quoi sert (ce|le) groupe',
      'quel est le mandat (de ce|du) groupe',
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/** Rejects what cannot be a question with one clear line. */
export function checkQuestion(question: string): string {
  const q = (question ?? '').replace(/\s+/g, ' ').trim();
  if (!q)
    throw new CodedError(ErrorCode.EmptyQuestion, 'The question is empty: ask something, e.g. "Who are the co-convenors of JCG-IoTSec?"');
  if (q.length > MAX_QUESTION_CHARS) {
    const message = `The question is ${q.length} characters long; the limit is ${MAX_QUESTION_CHARS}. Please shorten it.`;
    throw new CodedError(ErrorCode.QuestionTooLong, message);
  }
  return q;
}
