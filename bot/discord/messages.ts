import { ThreadAutoArchiveDuration, type Message, type SendableChannels } from 'discord.js';
import { chatLanguage, cleanMessage, parseFreeText } from '../chat/commands.ts';
import { isAllowed } from './allowlist.ts';
import type { DiscordMessage } from './embeds.ts';
import { errorFields } from './errors.ts';
import type { DiscordDeps } from './handler-deps.ts';
import { ellipsize } from './limits.ts';
import { renderReply } from './render-reply.ts';

// Discord shows "is typing…" for about 10 seconds per call.
const TYPING_REFRESH_MS = 8000;

/**
 * Mentions, DMs and follow-ups in the bot's own threads. A mention in a
 * channel is answered in a thread started from the message; that thread's
 * id is the conversation key, so later messages there get the history.
 * Other bots (and this one) are ignored, so two bots never talk in a loop.
 */
export async function handleMessage(message: Message, deps: DiscordDeps): Promise<void> {
  const me = message.client.user.id;
  if (message.author.bot || message.author.id === me || message.webhookId || message.system) return;

  const channel = message.channel;
  const inThread = channel.isThread();
  const mentioned = message.mentions.users.has(me);
  const ownThread = inThread && channel.ownerId === me;
  // In its own thread the bot answers everyone, except messages addressed to other people.
  const addressedElsewhere = !mentioned && message.mentions.users.size > 0;
  if (message.inGuild() && !mentioned && !(ownThread && !addressedElsewhere)) return;
  if (!isAllowed(deps.config, message.guildId, channel.id, inThread ? channel.parentId : null)) return;

  const text = cleanMessage(message.content);
  const lang = chatLanguage(message.content) ?? 'en';
  const step = deps.core.begin(parseFreeText(message.content), lang);
  const searches = step.kind === 'search';

  let target: SendableChannels = channel as SendableChannels;
  let inPlace = true;
  if (message.inGuild() && !inThread && searches) {
    try {
      target = await message.startThread({
        name: ellipsize(text || 'JCG-IoTSec', 100), // thread names are capped at 100 characters
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      });
      inPlace = false;
    } catch (error) {
      // No "Create Public Threads" permission, or a channel type without threads: answer in place.
      deps.log.warn(errorFields(error), 'could not start a thread; replying in the channel');
    }
  }

  const stopTyping = searches ? keepTyping(target, deps) : () => undefined;
  try {
    const ctx = { threadKey: target.id, userId: message.author.id, lang };
    const reply = step.kind === 'search' ? await step.run(ctx) : step.reply;
    await send(message, target, inPlace, renderReply(reply, deps.log, message.id));
  } finally {
    stopTyping();
  }
}

async function send(message: Message, target: SendableChannels, inPlace: boolean, messages: DiscordMessage[]): Promise<void> {
  for (const [i, m] of messages.entries()) {
    // In place, the first message replies to the question so the pair reads together.
    if (inPlace && i === 0) await message.reply(m);
    else await target.send(m);
  }
}

function keepTyping(channel: SendableChannels, deps: DiscordDeps): () => void {
  const typing = () => {
    channel.sendTyping().catch((error: unknown) => deps.log.debug(errorFields(error), 'typing indicator failed'));
  };
  typing();
  const timer = setInterval(typing, TYPING_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}
