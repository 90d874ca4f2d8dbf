import type { ChatReply } from '../chat/chat-core.ts';
import { renderWith, type ReplyRenderer } from '../chat/reply-renderer.ts';
import { verificationLines } from '../chat/verification-text.ts';
import type { SlackMessage } from './blocks.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources } from './render-sources.ts';
import { renderHelp, renderLine } from './render-text.ts';

/** ChatReplies as Block Kit messages. */
export const SLACK_RENDERER: ReplyRenderer<SlackMessage> = {
  answer: renderAnswer,
  sources: renderSources,
  help: renderHelp,
  verification: (report, lang) => renderHelp(verificationLines(report, lang).join('\n')),
  line: (text) => [renderLine(text)],
};

/** Any ChatReply as Slack messages; an answer's 👍/👎 buttons carry its vote key. */
export function renderReply(reply: ChatReply): SlackMessage[] {
  return renderWith(SLACK_RENDERER, reply);
}
