import type { Lang } from '../../retrieval/types.ts';
import type { ChatReply, ChatStep } from '../chat/chat-core.ts';
import { throttleProgress } from '../chat/progress-throttle.ts';
import type { SlackDeps } from './handler-deps.ts';
import type { Poster } from './poster.ts';
import { renderReply } from './render-reply.ts';
import { renderLine, renderPlaceholder } from './render-text.ts';

/** Where and for whom a reply goes. `threadTs` is the thread root: the question's `thread_ts ?? ts`. */
export interface ThreadTarget {
  channel: string;
  threadTs: string;
  userId: string;
  lang?: Lang;
}

/**
 * Answers one ChatStep in a thread. A search first gets a "Searching…"
 * placeholder (Slack has long been acked by now), then ChatCore runs it
 * keyed by channel + thread root, so follow-ups get the thread's history;
 * then the reply replaces the placeholder, overflow following in the thread.
 * Errors become one ephemeral line; details go to the log. Never throws.
 */
export async function replyInThread(deps: SlackDeps, poster: Poster, target: ThreadTarget, step: ChatStep): Promise<void> {
  const { channel, threadTs, userId } = target;
  let placeholder: string | undefined;
  try {
    let reply: ChatReply;
    if (step.kind === 'search') {
      const sent = await poster.post(channel, renderPlaceholder(target.lang), threadTs);
      if (sent.ok) placeholder = sent.ts;
      const progress = placeholder
        ? throttleProgress((text) => poster.update(channel, placeholder!, renderLine(`${text.slice(-2800)} …`)))
        : undefined;
      reply = await step.run({ threadKey: `${channel}:${threadTs}`, userId, lang: target.lang }, progress?.onPartial);
      await progress?.settled();
    } else reply = step.reply;
    if (reply.kind === 'error') {
      deps.log.error({ err: reply.error, channel, threadTs }, 'assistant failed');
      await sayError(poster, target, reply.text, placeholder);
      return;
    }
    const delivered = await poster.deliver({ channel, threadTs, replaceTs: placeholder }, renderReply(reply));
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
