import type { ChatReply } from '../chat/chat-core.ts';
import type { SlackMessage } from './blocks.ts';
import { renderAnswer } from './render-answer.ts';
import { renderSources } from './render-sources.ts';
import { renderHelp, renderLine } from './render-text.ts';

/** Any ChatReply as Slack messages; an answer's 👍/👎 buttons carry its vote key. */
export function renderReply(reply: ChatReply): SlackMessage[] {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, reply.voteKey);
    case 'sources':
      return renderSources(reply.sources);
    case 'help':
      return renderHelp(reply.text);
    case 'notice':
    case 'error':
      return [renderLine(reply.text)];
  }
}
