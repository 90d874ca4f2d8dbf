import type { DraftReport } from '../../retrieval/assistant.ts';
import type { Answer, Lang, SourceInfo } from '../../retrieval/types.ts';
import type { ChatReply } from './chat-core.ts';

/**
 * How a platform shows each kind of ChatReply: Block Kit in
 * slack/render-reply.ts, embeds in discord/render-reply.ts. `M` is the
 * platform's message; each method may return several (length limits).
 */
export interface ReplyRenderer<M> {
  /** An answer, its 👍/👎 buttons carrying `voteKey`. */
  answer(answer: Answer, voteKey: string): M[];
  sources(sources: SourceInfo[]): M[];
  help(text: string): M[];
  /** A checked draft: one line per sentence, supported or not, with its reasons. */
  verification(report: DraftReport, lang: Lang): M[];
  /** One short line: a notice or an error. */
  line(text: string): M[];
}

/** Any ChatReply through a platform's renderer. */
export function renderWith<M>(renderer: ReplyRenderer<M>, reply: ChatReply): M[] {
  if (reply.kind === 'answer') return renderer.answer(reply.answer, reply.voteKey);
  if (reply.kind === 'sources') return renderer.sources(reply.sources);
  if (reply.kind === 'help') return renderer.help(reply.text);
  if (reply.kind === 'verification') return renderer.verification(reply.report, reply.lang);
  return renderer.line(reply.text);
}
