import type { FakeDiscord } from './fake-discord.ts';
import { BOT_USER, IDS } from './fixtures.ts';

/** Gateway payloads as Discord sends them (INTERACTION_CREATE, MESSAGE_CREATE), trimmed to what clients read. */

export function human(id: string = IDS.user, username = 'delegate') {
  return { id, username, discriminator: '0', global_name: username, avatar: null };
}

function member(user: ReturnType<typeof human>) {
  return { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '1071698660929' };
}

interface Where {
  channelId?: string;
  userId?: string;
  locale?: string;
}

function base(fake: FakeDiscord, type: number, where: Where) {
  const id = fake.snowflake();
  const channelId = where.channelId ?? IDS.channel;
  return {
    id,
    token: `token-${id}`,
    application_id: IDS.app,
    type,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: IDS.guild, name: 'general' },
    member: member(human(where.userId)),
    locale: where.locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: '1071698660929',
    entitlements: [],
    authorizing_integration_owners: { 0: IDS.guild },
    context: 0,
  };
}

/** A slash command use, e.g. `/ask question:…`. */
export function slash(fake: FakeDiscord, name: string, options: Record<string, string> = {}, where: Where = {}) {
  return {
    ...base(fake, 2, where),
    data: {
      id: '120000000000000001',
      name,
      type: 1,
      options: Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: 3, value })),
    },
  };
}

/** A click on a button of `message` (a message object the fake returned earlier). */
export function click(fake: FakeDiscord, customId: string, message: Record<string, unknown>, where: Where = {}) {
  return { ...base(fake, 3, where), message, data: { custom_id: customId, component_type: 2 } };
}

interface Post {
  channelId?: string;
  guild?: boolean;
  author?: ReturnType<typeof human> & { bot?: boolean };
  mentionBot?: boolean;
}

/** A MESSAGE_CREATE payload; `mentionBot` prefixes `<@bot>` and lists the bot in `mentions`. */
export function post(fake: FakeDiscord, text: string, opts: Post = {}) {
  const author = opts.author ?? human();
  const inGuild = opts.guild ?? true;
  return {
    id: fake.snowflake(),
    channel_id: opts.channelId ?? (inGuild ? IDS.channel : IDS.dm),
    ...(inGuild
      ? { guild_id: IDS.guild, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
      : { channel_type: 1 }),
    author,
    content: opts.mentionBot ? `<@${IDS.bot}> ${text}` : text,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentionBot ? [BOT_USER] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
  };
}
