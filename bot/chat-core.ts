import type { Assistant } from '../retrieval/assistant.ts';
import { CodedError, ErrorCode, MAX_QUESTION_CHARS, userLine } from '../retrieval/errors.ts';
import type { Answer, SourceInfo } from '../retrieval/types.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
import { HELP_TEXT_EN, HELP_TEXT_FR, type ChatCommand } from './commands.ts';
import { ConversationMemory } from './conversations.ts';
import { RateLimiter } from './rate-limit.ts';

/** What a chat adapter renders; platform-neutral. */
export type ChatReply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'sources'; sources: SourceInfo[] }
  | { kind: 'help'; text: string }
  | { kind: 'notice'; text: string } // one short line: bad input, rate limit, unknown command
  | { kind: 'error'; text: string; error: unknown }; // one short line for the user; the adapter logs `error`

export interface ChatContext {
  /** Stable key of the conversation: channel + thread root. */
  threadKey: string;
  userId: string;
  /** Language hint for notices when there is no question text to detect from. */
  lang?: 'en' | 'fr';
}

/**
 * The behaviour every chat adapter shares: rate limiting, input checks,
 * thread memory and one call into the Assistant. Adapters only translate
 * platform events into `handle()` and its ChatReply into messages.
 */
export class ChatCore {
  readonly memory = new ConversationMemory();

  constructor(
    readonly assistant: Assistant,
    private readonly limiter = new RateLimiter(),
    private readonly options: { llm?: boolean } = {},
  ) {}

  async handle(command: ChatCommand, ctx: ChatContext, onPartial?: (text: string) => void): Promise<ChatReply> {
    const fr = ctx.lang === 'fr';
    switch (command.kind) {
      case 'help':
        return { kind: 'help', text: fr ? HELP_TEXT_FR : HELP_TEXT_EN };
      case 'empty':
        return {
          kind: 'notice',
          text: fr ? 'Posez une question, par exemple « Qui sont les coresponsables du JCG-IoTSec ? »' : 'Ask me a question, e.g. "Who are the co-convenors of JCG-IoTSec?" (or `help`).',
        };
      case 'unknown':
        return { kind: 'notice', text: `Unknown command "${command.word.slice(0, 40)}". Try: ask, summary, mandate, sources, help.` };
      case 'sources':
        return { kind: 'sources', sources: this.assistant.sources() };
    }
    if (!this.limiter.take(ctx.userId)) {
      const wait = this.limiter.retryAfterSeconds(ctx.userId);
      return { kind: 'notice', text: `You're asking faster than I can keep up: please wait ${wait}s and ask again.` };
    }
    try {
      const history = this.memory.history(ctx.threadKey);
      const options = { history, llm: this.options.llm, onPartial };
      let answer: Answer;
      if (command.kind === 'ask') {
        if (command.question.length > MAX_QUESTION_CHARS) {
          const lang = detectLanguage(command.question.slice(0, 500));
          return {
            kind: 'notice',
            text: lang === 'fr'
              ? `Question trop longue (${command.question.length} caractères, maximum ${MAX_QUESTION_CHARS}) : raccourcissez-la.`
              : `That question is ${command.question.length} characters long; the limit is ${MAX_QUESTION_CHARS}. Please shorten it.`,
          };
        }
        answer = await this.assistant.ask(command.question, options);
        this.memory.remember(ctx.threadKey, { question: answer.searched ?? command.question, answer });
      } else if (command.kind === 'summary') {
        answer = await this.assistant.summary(command.topic, options);
      } else {
        answer = await this.assistant.mandate(options);
      }
      return { kind: 'answer', answer };
    } catch (error) {
      if (error instanceof CodedError && (error.code === ErrorCode.EmptyQuestion || error.code === ErrorCode.QuestionTooLong)) {
        return { kind: 'notice', text: userLine(error) };
      }
      return { kind: 'error', text: `Sorry, something went wrong: ${userLine(error)}`, error };
    }
  }
}
