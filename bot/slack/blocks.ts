import type { types } from '@slack/bolt';
import { MAX_BLOCKS, MAX_BUTTON_LABEL, MAX_BUTTON_VALUE, MAX_MESSAGE_CHARS, MAX_SECTION_CHARS } from './limits.ts';
import { splitText } from './mrkdwn.ts';

/** One Block Kit block. */
export type Block = types.KnownBlock;

/** One Slack message: Block Kit blocks plus the plain `text` Slack shows in notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Sections for a (possibly long, already escaped) mrkdwn text, each within the 3,000-character limit. */
export function sections(mrkdwn: string, max = MAX_SECTION_CHARS): Block[] {
  return splitText(mrkdwn, max).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** A context block (small grey text); Slack allows 10 elements of 3,000 characters each. */
export function context(lines: string[]): Block {
  return {
    type: 'context',
    elements: lines.slice(0, 10).map((text) => ({ type: 'mrkdwn' as const, text: text.slice(0, MAX_SECTION_CHARS) })),
  };
}

/** A button; Slack caps the label at 75 characters and the value at 2,000. */
export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: label.slice(0, MAX_BUTTON_LABEL), emoji: true },
    action_id: actionId,
    value: value.slice(0, MAX_BUTTON_VALUE),
    ...(style ? { style } : {}),
  };
}

function weight(block: Block): number {
  return JSON.stringify(block).length;
}

/**
 * Packs groups of blocks into messages within the block and size limits.
 * A group (e.g. one citation) is never split across messages; a group that
 * cannot fit an empty message is split block by block. Nothing is dropped:
 * every input block appears in exactly one output message, in order.
 * `continued` opens every message after the first, so a reader knows where it belongs.
 */
export function pack(
  groups: Block[][],
  options: { text: string; continued?: () => Block[]; maxBlocks?: number; maxChars?: number },
): SlackMessage[] {
  const maxBlocks = options.maxBlocks ?? MAX_BLOCKS;
  const maxChars = options.maxChars ?? MAX_MESSAGE_CHARS;
  const done: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  let content = 0; // blocks in `current` other than the "continued" head
  const next = (): void => {
    if (content === 0) return;
    done.push(current);
    current = [...(options.continued?.() ?? [])];
    size = current.reduce((n, b) => n + weight(b), 0);
    content = 0;
  };
  const fits = (blocks: number, chars: number): boolean => current.length + blocks <= maxBlocks && size + chars <= maxChars;
  for (const group of groups) {
    if (
      !fits(
        group.length,
        group.reduce((n, b) => n + weight(b), 0),
      )
    )
      next();
    for (const block of group) {
      if (!fits(1, weight(block))) next();
      current.push(block);
      size += weight(block);
      content += 1;
    }
  }
  if (content > 0) done.push(current);
  return done.map((blocks, i) => ({ text: i === 0 ? options.text : `${options.text.slice(0, 200)} (continued)`, blocks }));
}
