import type { ChatReply } from '../chat-core.ts';
import type { AnswerLog } from './answer-log.ts';
import type { SlackMessage } from './blocks.ts';
import { renderAnswer } from './render-answer.ts';
import { renderHelp, renderLine, renderSources } from './render-misc.ts';

/**
 * Any ChatReply as Slack messages. An answer is first stored in the
 * AnswerLog so its 👍/👎 buttons can carry a short key instead of the text.
 */
export function renderReply(reply: ChatReply, answers: AnswerLog, question: string): SlackMessage[] {
  switch (reply.kind) {
    case 'answer': {
      const { answer } = reply;
      const key = answers.add({ question, answer: answer.answer, citations: answer.citations.map((c) => c.id) });
      return renderAnswer(answer, key);
    }
    case 'sources':
      return renderSources(reply.sources);
    case 'help':
      return renderHelp(reply.text);
    case 'notice':
    case 'error':
      return [renderLine(reply.text)];
  }
}

/** The question text a command carries, for the vote log ("mandate" and "summary …" included). */
export function questionOf(command: { kind: string; question?: string; topic?: string }): string {
  if (command.kind === 'ask') return command.question ?? '';
  if (command.kind === 'summary') return `summary ${command.topic ?? ''}`.trim();
  return command.kind;
}
