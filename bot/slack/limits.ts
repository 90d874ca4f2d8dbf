/**
 * Slack's message limits (Block Kit reference). Past them Slack answers
 * `invalid_blocks`, `msg_too_long` or `too_many_blocks`, so renderers split
 * before sending.
 */

/** A message holds at most 50 blocks. */
export const MAX_BLOCKS = 50;
/** A section's text holds at most 3,000 characters. */
export const MAX_SECTION_CHARS = 3000;
/**
 * Our own cap on the text of one message. Slack refuses very long messages
 * (`msg_too_long`, `msg_blocks_too_long`) before 50 full sections, so a
 * message carries at most this much text and the rest goes in the next one.
 */
export const MAX_MESSAGE_CHARS = 12_000;
/** A button's `value` holds at most 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;
/** A button's label holds at most 75 characters. */
export const MAX_BUTTON_LABEL = 75;
