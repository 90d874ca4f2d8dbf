import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { LIMITS } from './limits.ts';

/**
 * One message as the renderers produce it: plain API JSON that fits every
 * Discord limit, sendable as a reply, an edit, a follow-up or a channel message.
 */
export interface DiscordMessage {
  /** At most 2,000 characters. */
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** A piece of embed content, already within its own limit. */
export type EmbedUnit =
  | { kind: 'description'; text: string }
  /** `group` ties fields to a button (a citation) placed on the message where the group starts. */
  | { kind: 'field'; name: string; value: string; group?: string }
  | { kind: 'footer'; text: string };

/** One Discord message worth of embeds, and the groups that start in it. */
export interface PackedMessage {
  embeds: APIEmbed[];
  groups: string[];
}

/** How packed embeds look: the first embed's title and link, and every embed's color. */
export interface PackOptions {
  title?: string;
  url?: string;
  color?: number;
  /** Most groups that may start in one message (its buttons must fit in the rows). */
  maxGroupsPerMessage?: number;
}

/**
 * Lays units out in embeds and messages so that no Discord limit is crossed:
 * one description per embed, 25 fields per embed, 10 embeds and 6,000
 * characters of embed text per message. Units are never shortened here: a
 * unit that does not fit goes to the next embed or message.
 */
export function packEmbeds(units: EmbedUnit[], options: PackOptions = {}): PackedMessage[] {
  const maxGroups = options.maxGroupsPerMessage ?? Number.POSITIVE_INFINITY;
  const messages: PackedMessage[] = [];
  let message: PackedMessage | undefined;
  let embed: APIEmbed | undefined;
  let chars = 0; // embed text in the current message
  const started = new Set<string>(); // a group continued in a later message keeps its first button

  const startMessage = () => {
    message = { embeds: [], groups: [] };
    messages.push(message);
    embed = undefined;
    chars = 0;
  };
  const startEmbed = (needed: number): APIEmbed => {
    if (!message || message.embeds.length >= LIMITS.embedsPerMessage || chars + needed > LIMITS.embedTotal) startMessage();
    const next: APIEmbed = options.color === undefined ? {} : { color: options.color };
    if (messages.length === 1 && message!.embeds.length === 0 && options.title) {
      next.title = options.title;
      if (options.url) next.url = options.url;
      chars += options.title.length;
    }
    message!.embeds.push(next);
    embed = next;
    return next;
  };
  const isEmpty = (e: APIEmbed) => e.description === undefined && !e.fields?.length && !e.footer;

  for (const unit of units) {
    if (unit.kind === 'description') {
      const fits = embed && isEmpty(embed) && chars + unit.text.length <= LIMITS.embedTotal;
      const target = fits ? embed! : startEmbed(unit.text.length);
      target.description = unit.text;
      chars += unit.text.length;
    } else if (unit.kind === 'field') {
      const size = unit.name.length + unit.value.length;
      const newGroup = unit.group !== undefined && !started.has(unit.group);
      if (!message || chars + size > LIMITS.embedTotal || (newGroup && message.groups.length >= maxGroups)) startMessage();
      const target = embed && (embed.fields?.length ?? 0) < LIMITS.embedFields && !embed.footer ? embed : startEmbed(size);
      (target.fields ??= []).push({ name: unit.name, value: unit.value });
      chars += size;
      if (newGroup) {
        message!.groups.push(unit.group!);
        started.add(unit.group!);
      }
    } else {
      const target = embed && !embed.footer && chars + unit.text.length <= LIMITS.embedTotal ? embed : startEmbed(unit.text.length);
      target.footer = { text: unit.text };
      chars += unit.text.length;
    }
  }
  return messages;
}
