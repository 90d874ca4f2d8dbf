import type { VotedAnswer } from '../chat/votes.ts';

/**
 * The action_ids of an answer's buttons. "Show clause" carries the clause id
 * as its value and a number suffix (action_id must be unique within a
 * message); 👍/👎 carry the answer's vote key as their value.
 */
export const SHOW_CLAUSE_ACTION = 'show_clause';
/** The 👍 button's action_id. */
export const VOTE_UP_ACTION = 'vote_up';
/** The 👎 button's action_id. */
export const VOTE_DOWN_ACTION = 'vote_down';

/** Matches every "Show clause" button's action_id. */
export const SHOW_CLAUSE_PATTERN = new RegExp(`^${SHOW_CLAUSE_ACTION}_\\d+$`);
/** Matches both vote buttons' action_ids. */
export const VOTE_PATTERN = new RegExp(`^(${VOTE_UP_ACTION}|${VOTE_DOWN_ACTION})$`);

/** The clicked message, as far as a vote reads it. */
export interface ClickedMessage {
  text?: string;
  blocks?: unknown[];
}

/**
 * What a vote can still say about an answer the bot no longer remembers
 * (it restarted since): the message's text and the clause ids behind its
 * "Show clause" buttons. The question is unknown by then.
 */
export function votedFromMessage(message: ClickedMessage | undefined): VotedAnswer {
  const blocks = (message?.blocks ?? []) as { accessory?: { action_id?: string; value?: string } }[];
  const citations = blocks
    .map((b) => b.accessory)
    .filter((a) => a?.action_id?.startsWith(SHOW_CLAUSE_ACTION) && a.value)
    .map((a) => a!.value as string);
  return { question: '', answer: String(message?.text ?? ''), citations };
}
