import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { SHOW_CLAUSE_PATTERN, VOTE_PATTERN, VOTE_UP_ACTION, votedFromMessage, type ClickedMessage } from './button-ids.ts';
import type { SlackMessage } from './blocks.ts';
import type { SlackDeps } from './handler-deps.ts';
import { Poster } from './poster.ts';
import { renderClause } from './render-clause.ts';
import { renderLine } from './render-text.ts';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * The answer's buttons; the logic (which clause, recording the vote) is
 * ChatCore's, this only renders. Both are acked first (interactions have
 * Slack's 3-second limit too). "Show clause" posts the verbatim clause as an
 * ephemeral message in the thread, or in a modal where Slack refuses the
 * ephemeral. A vote is committed before Slack hears anything, so a Slack
 * failure can cost the "thanks", never the vote; the thanks come only after
 * the commit.
 */
export function registerButtons(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(SHOW_CLAUSE_PATTERN, async ({ ack, action, body, client }) => {
    await ack();
    const shown = deps.core.showClause(action.value ?? '');
    const messages = shown.kind === 'clause' ? renderClause(shown.clause) : [renderLine(shown.text)];
    await showPrivately(new Poster(client, deps.log), body, messages, action.value);
  });

  app.action<ButtonClick>(VOTE_PATTERN, async ({ ack, action, body, client }) => {
    await ack();
    const reply = deps.core.vote({
      platform: 'slack',
      answerKey: action.value ?? '',
      userId: body.user.id,
      vote: action.action_id === VOTE_UP_ACTION ? 'up' : 'down',
      fromMessage: () => votedFromMessage(body.message as ClickedMessage | undefined),
    });
    const channel = body.channel?.id;
    if (channel) await new Poster(client, deps.log).ephemeral(channel, body.user.id, renderLine(reply.text), threadOf(body));
  });
}

/** The clicked message's thread root: replies to a button go in the same thread. */
function threadOf(body: ButtonClick): string | undefined {
  return body.message?.thread_ts ?? body.message?.ts;
}

/** Ephemeral messages to the clicker, in the thread; a modal when Slack refuses them. */
async function showPrivately(poster: Poster, body: ButtonClick, messages: SlackMessage[], clauseId?: string): Promise<void> {
  const channel = body.channel?.id;
  let shown = channel !== undefined;
  for (const message of messages) {
    if (!shown || !channel) break;
    shown = (await poster.ephemeral(channel, body.user.id, message, threadOf(body))).ok;
  }
  if (shown) return;
  try {
    // trigger_id is valid for 3 seconds after the click, so the modal comes right after the refused ephemeral.
    // A modal holds 100 blocks (about 290,000 characters of clause) and a title of 24 characters.
    await poster.client.views.open({
      trigger_id: body.trigger_id,
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Cited clause' },
        close: { type: 'plain_text', text: 'Close' },
        blocks: messages.flatMap((m) => m.blocks).slice(0, 100),
      },
    });
  } catch (error) {
    poster.log.warn({ err: error, clause: clauseId }, 'could not show the clause');
  }
}
