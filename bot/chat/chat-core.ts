import { pino, type Logger } from 'pino';
import type { Assistant, DraftReport } from '../../retrieval/assistant.ts';
import { CodedError, ErrorCode, userLine } from '../../retrieval/errors.ts';
import { checkQuestion } from '../../retrieval/open-assistant.ts';
import { detectLanguage } from '../../retrieval/query/language.ts';
import type { Answer, ClauseView, Lang, SourceInfo } from '../../retrieval/types.ts';
import { questionOf, type ChatCommand } from './commands.ts';
import { InMemoryConversations, type ConversationMemory } from './conversations.ts';
import { LINES, textsFor } from './help-texts.ts';
import { RateLimiter } from './rate-limit.ts';
import { RecentAnswers } from './recent-answers.ts';
import { hashUser, type Platform, type VotedAnswer, type VoteStore } from './votes.ts';

/** What a chat adapter renders; platform-neutral. */
export type ChatReply =
  /** `voteKey` goes in the answer's 👍/👎 buttons and comes back with a click. */
  | { kind: 'answer'; answer: Answer; voteKey: string }
  | { kind: 'sources'; sources: SourceInfo[] }
  /** A draft's sentences, each supported or not by the clauses it cites, with the reasons. */
  | { kind: 'verification'; report: DraftReport; lang: Lang }
  | { kind: 'help'; text: string }
  | { kind: 'notice'; text: string } // one short line: bad input, rate limit, unknown command
  | { kind: 'error'; text: string; error: unknown }; // one short line for the user; the adapter logs `error`

/**
 * The first step of a command. `reply`: known at once (help, sources, bad
 * input): answer immediately. `search`: it goes to the Assistant and takes
 * seconds, so the adapter shows its placeholder or defers first (Slack's and
 * Discord's 3-second acknowledgement windows), then calls `run`.
 */
export type ChatStep =
  { kind: 'reply'; reply: ChatReply } | { kind: 'search'; run(ctx: ChatContext, onPartial?: (text: string) => void): Promise<ChatReply> };

/** Who asks, in which conversation. */
export interface ChatContext {
  /** Stable key of the conversation: channel + thread root. */
  threadKey: string;
  userId: string;
  /** Language for notices when there is no question text to detect from. */
  lang?: Lang;
}

/** A click on 👍 or 👎. `fromMessage` rebuilds the answer from the clicked message when its key is forgotten. */
export interface VoteClick {
  platform: Platform;
  answerKey: string;
  userId: string;
  vote: 'up' | 'down';
  lang?: Lang;
  fromMessage: () => VotedAnswer;
}

/** What to tell the voter: `recorded` only once the vote is committed (a replay or double click is recorded already). */
export interface VoteReply {
  recorded: boolean;
  text: string;
}

/** What "Show clause" shows: the clause verbatim, or one line saying it is gone. */
export type ClauseReply = { kind: 'clause'; clause: ClauseView } | { kind: 'notice'; text: string };

/** What a ChatCore is built from. */
export interface ChatCoreOptions {
  assistant: Assistant;
  votes: VoteStore;
  /** Thread memory; in memory unless given (the adapters pass the state store's). */
  memory?: ConversationMemory;
  limiter?: RateLimiter;
  /** Let the assistant use its configured language model when it has one. */
  llm?: boolean;
  log?: Logger;
}

/**
 * Everything the chat platforms share: commands, the input check (the
 * core's `checkQuestion`, once, before anything slow), thread memory, the
 * per-user rate limit, recent answers for vote buttons, votes with
 * double-vote protection, and "Show clause". Adapters only translate
 * platform events into these calls and the results into messages.
 */
export class ChatCore {
  readonly assistant: Assistant;
  readonly memory: ConversationMemory;
  private readonly votes: VoteStore;
  private readonly limiter: RateLimiter;
  private readonly recent = new RecentAnswers();
  private readonly llm?: boolean;
  private readonly log: Logger;

  constructor(options: ChatCoreOptions) {
    this.assistant = options.assistant;
    this.votes = options.votes;
    this.memory = options.memory ?? new InMemoryConversations();
    this.limiter = options.limiter ?? new RateLimiter();
    this.llm = options.llm;
    this.log = options.log ?? pino({ level: 'silent' });
  }

  /** Decides what a command needs: an instant reply (in `lang`), or a search to run after the adapter's placeholder. */
  begin(command: ChatCommand, lang?: Lang): ChatStep {
    const texts = textsFor(lang);
    const now = (reply: ChatReply): ChatStep => ({ kind: 'reply', reply });
    switch (command.kind) {
      case 'help':
        return now({ kind: 'help', text: texts.help });
      case 'empty':
        return now({ kind: 'notice', text: texts.askHint });
      case 'unknown':
        return now({ kind: 'notice', text: LINES.unknown(command.word) });
      case 'sources':
        return now({ kind: 'sources', sources: this.assistant.sources() });
      case 'ask':
        try {
          checkQuestion(command.question); // the core's one check, so an over-long question is refused before any placeholder
        } catch (error) {
          return now({ kind: 'notice', text: userLine(error) });
        }
    }
    return { kind: 'search', run: (ctx, onPartial) => this.search(command, ctx, onPartial) };
  }

  /** `begin`, then the search when there is one: for adapters that show nothing in between. */
  async handle(command: ChatCommand, ctx: ChatContext, onPartial?: (text: string) => void): Promise<ChatReply> {
    const step = this.begin(command, ctx.lang);
    return step.kind === 'reply' ? step.reply : step.run(ctx, onPartial);
  }

  /**
   * Records a vote and says what to tell the voter. The store's unique key
   * (platform, answer key, user) makes replays and double clicks count once
   * and a changed mind update the row. Thanks are said only after the commit;
   * a failed write says so, and the next click records the vote.
   */
  vote(click: VoteClick): VoteReply {
    const recent = this.recent.get(click.answerKey);
    const about = recent ?? click.fromMessage();
    const texts = textsFor(click.lang ?? recent?.lang);
    try {
      const outcome = this.votes.record({
        platform: click.platform,
        answerKey: click.answerKey,
        userHash: hashUser(click.userId),
        vote: click.vote,
        question: about.question,
        answer: about.answer,
        citations: about.citations,
      });
      this.log.info({ vote: click.vote, outcome, platform: click.platform }, 'vote recorded');
    } catch (error) {
      this.log.error({ err: error }, 'vote not saved');
      return { recorded: false, text: texts.voteFailed };
    }
    return { recorded: true, text: click.vote === 'up' ? texts.voteUp : texts.voteDown };
  }

  /** A cited clause, verbatim, for "Show clause"; a notice when re-indexing removed it. */
  showClause(clauseId: string, lang?: Lang): ClauseReply {
    const clause = this.assistant.clause(clauseId);
    return clause ? { kind: 'clause', clause } : { kind: 'notice', text: textsFor(lang).clauseGone };
  }

  private async search(command: ChatCommand, ctx: ChatContext, onPartial?: (text: string) => void): Promise<ChatReply> {
    // The rate limit is taken after the adapter's placeholder, so the notice replaces it like an answer would.
    if (!this.limiter.take(ctx.userId)) return { kind: 'notice', text: LINES.rateLimited(this.limiter.retryAfterSeconds(ctx.userId)) };
    try {
      if (command.kind === 'verify') {
        const report = await this.assistant.verify({ text: command.draft }, { llm: this.llm });
        return { kind: 'verification', report, lang: ctx.lang ?? detectLanguage(command.draft) };
      }
      const answer = await this.answer(command, ctx, onPartial);
      const citations = answer.abstained ? [] : answer.citations.map((c) => c.id);
      const voteKey = this.recent.add({ question: questionOf(command), answer: answer.answer, citations, lang: answer.lang });
      return { kind: 'answer', answer, voteKey };
    } catch (error) {
      if (error instanceof CodedError && (error.code === ErrorCode.EmptyQuestion || error.code === ErrorCode.QuestionTooLong)) {
        return { kind: 'notice', text: userLine(error) };
      }
      return { kind: 'error', text: LINES.sorry(userLine(error)), error };
    }
  }

  private async answer(command: ChatCommand, ctx: ChatContext, onPartial?: (text: string) => void): Promise<Answer> {
    const options = { history: this.history(ctx.threadKey), llm: this.llm, onPartial };
    if (command.kind === 'summary') return this.assistant.summary(command.topic, options);
    if (command.kind === 'mandate') return this.assistant.mandate(options);
    if (command.kind !== 'ask') throw new Error(`not a search: ${command.kind}`);
    const answer = await this.assistant.ask(command.question, options);
    try {
      this.memory.remember(ctx.threadKey, { question: answer.searched ?? command.question, answer });
    } catch (error) {
      // Losing a turn costs a follow-up its context, not this answer.
      this.log.warn({ err: error }, 'thread memory not saved');
    }
    return answer;
  }

  private history(threadKey: string) {
    try {
      return this.memory.history(threadKey);
    } catch (error) {
      this.log.warn({ err: error }, 'thread memory unavailable');
      return [];
    }
  }
}
