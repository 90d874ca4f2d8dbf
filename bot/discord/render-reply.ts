import type { Logger } from 'pino';
import type { ChatReply } from '../chat/chat-core.ts';
import { renderWith, type ReplyRenderer } from '../chat/reply-renderer.ts';
import { verificationLines } from '../chat/verification-text.ts';
import type { DiscordMessage } from './embeds.ts';
import { errorFields } from './errors.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources } from './render-sources.ts';
import { renderText } from './render-text.ts';

/** ChatReplies as Discord messages: embeds for answers and sources, plain content for lines and help. */
export const DISCORD_RENDERER: ReplyRenderer<DiscordMessage> = {
  answer: renderAnswer,
  sources: renderSources,
  help: renderText,
  verification: (report, lang) => renderText(verificationLines(report, lang).join('\n')),
  line: renderText,
};

/** Any ChatReply as Discord messages; the cause of an error reply is logged under `ref` (the interaction or message id). */
export function renderReply(reply: ChatReply, log: Logger, ref: string): DiscordMessage[] {
  if (reply.kind === 'error') log.error({ ...errorFields(reply.error), ref }, 'answering failed');
  return renderWith(DISCORD_RENDERER, reply);
}
