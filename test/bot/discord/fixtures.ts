import type { Json } from '../json.ts';

/** Ids and objects of the fake Discord's world: one server with two text channels, the bot, a delegate. */
export const IDS = {
  app: '110000000000000001',
  bot: '110000000000000002',
  guild: '110000000000000003',
  channel: '110000000000000004',
  /** A channel outside the allowlist. */
  closedChannel: '110000000000000005',
  user: '110000000000000006',
  otherBot: '110000000000000007',
  dm: '110000000000000008',
} as const;

export const BOT_USER = { id: IDS.bot, username: 'iotsec', discriminator: '0', global_name: null, avatar: null, bot: true };

/** A text channel of the test server. */
function textChannel(id: string, name: string, position: number): Record<string, unknown> {
  const none = { permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
  return { id, type: 0, guild_id: IDS.guild, name, position, ...none };
}

/** The server's @everyone role. */
const EVERYONE = {
  id: IDS.guild,
  name: '@everyone',
  permissions: '1071698660929',
  position: 0,
  color: 0,
  hoist: false,
  managed: false,
  mentionable: false,
  flags: 0,
};

/** Settings of the server the bot does not read, but a GUILD_CREATE carries. */
const QUIET_SETTINGS = {
  icon: null,
  afk_channel_id: null,
  afk_timeout: 300,
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  emojis: [],
  stickers: [],
  features: [],
  mfa_level: 0,
  system_channel_id: null,
  system_channel_flags: 0,
  rules_channel_id: null,
  voice_states: [],
  threads: [],
  presences: [],
  stage_instances: [],
  guild_scheduled_events: [],
  premium_tier: 0,
  preferred_locale: 'en-US',
  nsfw_level: 0,
  premium_progress_bar_enabled: false,
};

/** The GUILD_CREATE payload Discord sends after READY for each server the bot is in. */
export function guild(): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    ...QUIET_SETTINGS,
    id: IDS.guild,
    name: 'JCG-IoTSec test server',
    owner_id: IDS.user,
    roles: [EVERYONE],
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    members: [{ user: BOT_USER, roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [textChannel(IDS.channel, 'general', 0), textChannel(IDS.closedChannel, 'off-topic', 1)],
  };
}

/** A message as Discord returns it after a send or an edit (the bot is its author). */
export function sentMessage(id: string, channelId: string, body: Json): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    author: BOT_USER,
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: body?.message_reference ? 19 : 0,
    flags: body?.flags ?? 0,
  };
}

/** A public thread the bot started from a message, as Discord returns it. */
export function startedThread(id: string, parentId: string, body: Json): Record<string, unknown> {
  const metadata = { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, locked: false };
  return {
    id,
    type: 11, // public thread
    guild_id: IDS.guild,
    parent_id: parentId,
    owner_id: IDS.bot,
    name: body?.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    thread_metadata: { ...metadata, archive_timestamp: new Date().toISOString() },
    flags: 0,
    total_message_sent: 0,
  };
}
