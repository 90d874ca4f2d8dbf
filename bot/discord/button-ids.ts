import { createHash } from 'node:crypto';
import { ComponentType, type Message } from 'discord.js';
import type { VotedAnswer } from '../chat/votes.ts';

/**
 * Button custom_ids. Discord caps a custom_id at 100 characters and sends it
 * back verbatim on click, so it is where a button keeps its state across
 * restarts: `clause:<clause id>` and `vote:<up|down>:<answer key>`.
 */
export const CUSTOM_ID_MAX = 100;

const CLAUSE = 'clause:';
const CLAUSE_REF = 'clauseref:';

/** Clause ids too long for a custom_id, by their short hash (bounded, in memory). */
const longClauseIds = new Map<string, string>();
const MAX_LONG_IDS = 5000;

/**
 * The custom_id of a "Show clause" button. Clause ids normally fit; a longer
 * one is replaced by a hash remembered in memory (such a button stops working
 * after a restart, and says so, rather than showing the wrong clause).
 */
export function clauseButtonId(clauseId: string): string {
  if (CLAUSE.length + clauseId.length <= CUSTOM_ID_MAX) return CLAUSE + clauseId;
  const ref = createHash('sha256').update(clauseId).digest('base64url').slice(0, 24);
  longClauseIds.delete(ref);
  longClauseIds.set(ref, clauseId);
  if (longClauseIds.size > MAX_LONG_IDS) longClauseIds.delete(longClauseIds.keys().next().value as string);
  return CLAUSE_REF + ref;
}

/** The vote button ids of one answer. */
export function voteButtonId(vote: 'up' | 'down', answerKey: string): string {
  return `vote:${vote}:${answerKey}`;
}

/** What a clicked button asks for; `expired` when its state is gone. */
export type ButtonAction =
  | { kind: 'clause'; clauseId: string }
  | { kind: 'vote'; vote: 'up' | 'down'; answerKey: string }
  | { kind: 'expired' }
  | { kind: 'unknown' };

/** Decodes a custom_id produced by this module. */
export function parseButtonId(customId: string): ButtonAction {
  if (customId.startsWith(CLAUSE)) return { kind: 'clause', clauseId: customId.slice(CLAUSE.length) };
  if (customId.startsWith(CLAUSE_REF)) {
    const clauseId = longClauseIds.get(customId.slice(CLAUSE_REF.length));
    return clauseId ? { kind: 'clause', clauseId } : { kind: 'expired' };
  }
  const vote = /^vote:(up|down):(.+)$/.exec(customId);
  if (vote) return { kind: 'vote', vote: vote[1] as 'up' | 'down', answerKey: vote[2] };
  return { kind: 'unknown' };
}

/**
 * After a restart the answer is no longer in memory: rebuild what a vote is
 * about from the message itself (title = question, possibly shortened;
 * descriptions = answer; clause ids from its "Show clause" buttons).
 */
export function votedFromMessage(message: Message): VotedAnswer {
  const citations: string[] = [];
  for (const row of message.components) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || !component.customId) continue;
      const action = parseButtonId(component.customId);
      if (action.kind === 'clause') citations.push(action.clauseId);
    }
  }
  return {
    question: message.embeds[0]?.title ?? '',
    answer: message.embeds
      .map((e) => e.description ?? '')
      .filter(Boolean)
      .join('\n\n'),
    citations,
  };
}
