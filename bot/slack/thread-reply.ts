import type { ChatCommand } from '../commands.ts';
import { MAX_QUESTION_CHARS } from '../../retrieval/errors.ts';
import type { SlackDeps } from './deps.ts';
import type { Poster } from './poster.ts';
import { renderLine, renderPlaceholder } from './render-misc.ts';
import { questionOf, renderReply } from './render-reply.ts';
import { throttleProgress } from '../progress-throttle.ts';

/** Where and for whom a reply goes. `threadTs` is the thread root: the question's `thread_ts ?? ts`. */
export interface ThreadTarget {
  channel: string;
  threadTs: string;
  userId: string;
  lang?: 'en' | 'fr';
}

/** Commands that call the assistant and take seconds: these get a "Searching…" placeholder first. */
export function needsWork(command: ChatCommand): boolean {
  if (command.kind === 'ask') return command.question.length <= MAX_QUESTION_CHARS; // too long: an instant notice
  return command.kind === 'summary' || command.kind === 'mandate';
}

/**
 * Runs one command for a thread: placeholder (Slack has long been acked by
 * now), one ChatCore call keyed by channel + thread root so follow-ups get
 * the thread's history, then the reply replaces the placeholder, overflow
 * following in the thread. Errors become one ephemeral line; details go to
 * the log. Never throws.
 */
export async function replyInThread(deps: SlackDeps, poster: Poster, target: ThreadTarget, command: ChatCommand): Promise<void> {
  const { channel, threadTs, userId, lang } = target;
  let placeholder: string | undefined;
  try {
    if (needsWork(command)) {
      const sent = await poster.post(channel, renderPlaceholder(lang), threadTs);
      if (sent.ok) placeholder = sent.ts;
    }
    const progress = placeholder
      ? throttleProgress((text) => poster.update(channel, placeholder!, renderLine(`${text.slice(-2800)} …`)))
      : undefined;
    const reply = await deps.core.handle(command, { threadKey: `${channel}:${threadTs}`, userId, lang }, progress?.onPartial);
    await progress?.settled();
    if (reply.kind === 'error') {
      deps.log.error({ err: reply.error, channel, threadTs, command: command.kind }, 'assistant failed');
      await sayError(poster, target, reply.text, placeholder);
      return;
    }
    const delivered = await poster.deliver({ channel, threadTs, replaceTs: placeholder }, renderReply(reply, deps.answers, questionOf(command)));
    if (!delivered) {
      await poster.ephemeral(channel, userId, renderLine('Slack refused part of my reply; please ask again in a moment.'), threadTs);
    }
  } catch (error) {
    deps.log.error({ err: error, channel, threadTs }, 'Slack reply failed');
    await sayError(poster, target, 'Sorry, something went wrong while answering; please try again.', placeholder);
  }
}

/** One short ephemeral line; the placeholder goes away. If Slack refuses the ephemeral, the placeholder carries the line instead. */
async function sayError(poster: Poster, target: ThreadTarget, line: string, placeholder?: string): Promise<void> {
  const message = renderLine(line);
  const sent = await poster.ephemeral(target.channel, target.userId, message, target.threadTs);
  if (!placeholder) return;
  if (sent.ok) await poster.remove(target.channel, placeholder);
  else await poster.update(target.channel, placeholder, message);
}
