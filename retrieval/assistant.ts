import type { Answer, AskOptions, ClauseView, FlaggedClause, SourceInfo } from './types.ts';
import type { DraftInput, DraftReport } from './verify/draft.ts';

export type { DraftInput, DraftReport } from './verify/draft.ts';

/** What an opened assistant can do, for adapters that offer or explain options. */
export interface Capabilities {
  /** Dense (embedding) retrieval takes part; otherwise lexical only. */
  dense: boolean;
  /** The configured OpenAI-compatible chat model, when there is one. */
  model?: string;
}

/**
 * The one core every adapter (CLI, Slack, Discord) calls. `openAssistant()`
 * in open-assistant.ts opens it; `AnswerPipeline` implements it.
 */
export interface Assistant {
  /** Answer a question with clause citations, or abstain. Never throws for bad questions: it abstains or rejects with a CodedError. */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** A cited brief of a document (id or short name) or of a topic. */
  summary(topic: string, options?: AskOptions): Promise<Answer>;
  /** What JCG-IoTSec is, why it exists, how to take part: every point cited. */
  mandate(options?: AskOptions): Promise<Answer>;
  /** Indexed documents with their clause counts. */
  sources(): SourceInfo[];
  /**
   * Checks a draft (a convenor's, or any text citing clauses) sentence by
   * sentence against the clauses it cites; with `llm`, the configured model
   * judges what the rules pass without confidence.
   */
  verify(draft: DraftInput, options?: Pick<AskOptions, 'llm' | 'signal'>): Promise<DraftReport>;
  /** Clauses flagged at indexing as planted instructions, with the reason: never used as evidence. */
  flagged(): FlaggedClause[];
  /** One clause by id, with its document's citation name and link. */
  clause(id: string): ClauseView | undefined;
  /** One-line notices gathered while opening (e.g. "lexical-only: model not found"). */
  readonly notices: readonly string[];
  readonly capabilities: Capabilities;
}
