/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message).
 * Exceeding any of them makes the whole request fail with 400 "Invalid Form
 * Body", so renderers split before sending. Lengths are counted in UTF-16
 * code units, which is never less than what Discord counts.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names/values and footers over ALL embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
} as const;

/** Shortens display text (never a citation's verbatim text) with a visible ellipsis. */
export function ellipsize(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

export { splitText } from '../chat/split-text.ts';
