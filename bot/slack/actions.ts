import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { AnsweredTurn } from './answer-log.ts';
import type { SlackDeps } from './deps.ts';
import { Poster } from './poster.ts';
import { renderClause, renderLine } from './render-misc.ts';
import { SHOW_CLAUSE_ACTION, VOTE_DOWN_ACTION, VOTE_UP_ACTION } from './render-answer.ts';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * The answer's buttons. Both are acked first (interactions also have the
 * 3-second limit). "Show clause" posts the verbatim clause as an ephemeral
 * message in the thread, or in a modal where Slack refuses the ephemeral.
 * A vote is written to the FeedbackStore before any Slack call, so a Slack
 * failure (rate limit, lost channel) can cost the "thanks", never the vote.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(new RegExp(`^${SHOW_CLAUSE_ACTION}_\\d+$`), async ({ ack, action, body, client }) => {
    await ack();
    const poster = new Poster(client, deps.log);
    const view = deps.core.assistant.clause(action.value ?? '');
    const messages = view ? renderClause(view) : [renderLine('That clause is no longer in the index (it was re-indexed); ask the question again.')];
    const channel = body.channel?.id;
    const threadTs = body.message?.thread_ts ?? body.message?.ts;
    let shown = channel !== undefined;
    for (const message of messages) {
      if (!shown || !channel) break;
      shown = (await poster.ephemeral(channel, body.user.id, message, threadTs)).ok;
    }
    if (shown) return;
    try {
      // trigger_id is valid for 3 seconds after the click, so the modal comes right after the refused ephemeral.
      // A modal holds 100 blocks (about 290,000 characters of clause) and a title of 24 characters.
      await client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: 'Cited clause' },
          close: { type: 'plain_text', text: 'Close' },
          blocks: messages.flatMap((m) => m.blocks).slice(0, 100),
        },
      });
    } catch (error) {
      deps.log.warn({ err: error, clause: action.value }, 'could not show the clause');
    }
  });

  app.action<ButtonClick>(new RegExp(`^(${VOTE_UP_ACTION}|${VOTE_DOWN_ACTION})$`), async ({ ack, action, body, client }) => {
    await ack();
    const vote = action.action_id === VOTE_UP_ACTION ? 'up' : 'down';
    const turn = deps.answers.get(action.value ?? '') ?? fromMessage(body);
    const poster = new Poster(client, deps.log);
    const channel = body.channel?.id;
    const threadTs = body.message?.thread_ts ?? body.message?.ts;
    try {
      await deps.feedback.record({ platform: 'slack', vote, ...turn, userId: body.user.id });
    } catch (error) {
      deps.log.error({ err: error, file: deps.feedback.file }, 'vote not saved');
      if (channel) await poster.ephemeral(channel, body.user.id, renderLine('Sorry, I could not save your vote.'), threadTs);
      return;
    }
    deps.log.info({ vote }, 'vote recorded');
    const thanks = vote === 'up' ? 'Thanks: your 👍 is recorded.' : 'Thanks: your 👎 is recorded; it helps improve the answers.';
    if (channel) await poster.ephemeral(channel, body.user.id, renderLine(thanks), threadTs);
  });
}

/**
 * What a vote can still say about an answer the AnswerLog no longer holds
 * (the bot restarted since): the message's text and the clause ids behind
 * its "Show clause" buttons. The question is unknown by then.
 */
function fromMessage(body: ButtonClick): AnsweredTurn {
  const blocks = (body.message?.blocks ?? []) as { accessory?: { action_id?: string; value?: string } }[];
  const citations = blocks
    .map((b) => b.accessory)
    .filter((a) => a?.action_id?.startsWith(SHOW_CLAUSE_ACTION) && a.value)
    .map((a) => a!.value as string);
  return { question: '', answer: String(body.message?.text ?? ''), citations };
}
