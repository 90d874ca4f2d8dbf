import type { Logger } from 'pino';
import type { ChatReply } from '../chat/chat-core.ts';
import type { DiscordMessage } from './embeds.ts';
import { errorFields } from './errors.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources } from './render-sources.ts';
import { renderText } from './render-text.ts';

/** Any ChatReply as Discord messages; logs the cause of an error reply under `ref` (the interaction or message id). */
export function renderReply(reply: ChatReply, log: Logger, ref: string): DiscordMessage[] {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, reply.voteKey);
    case 'sources':
      return renderSources(reply.sources);
    case 'error':
      log.error({ ...errorFields(reply.error), ref }, 'answering failed');
      return renderText(reply.text);
    default:
      return renderText(reply.text);
  }
}
