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

/** The GUILD_CREATE payload Discord sends after READY for each server the bot is in. */
export function guild(): Record<string, unknown> {
  const now = new Date().toISOString();
  const text = (id: string, name: string, position: number) => ({
    id, type: 0, guild_id: IDS.guild, name, position, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0,
  });
  return {
    id: IDS.guild,
    name: 'JCG-IoTSec test server',
    icon: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: IDS.guild, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ user: BOT_USER, roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [text(IDS.channel, 'general', 0), text(IDS.closedChannel, 'off-topic', 1)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}
