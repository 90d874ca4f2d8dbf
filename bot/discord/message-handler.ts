import { ThreadAutoArchiveDuration, type Message, type SendableChannels } from 'discord.js';
import { detectLanguage } from '../../retrieval/query/language.ts';
import { cleanMessage, parseFreeText } from '../commands.ts';
import { errorFields, isAllowed, type HandlerDeps } from './deps.ts';
import { ellipsize } from './limits.ts';
import type { DiscordMessage } from './message.ts';
import { toMessages } from './slash-handler.ts';

// Discord shows "is typing…" for about 10 seconds per call.
const TYPING_REFRESH_MS = 8000;

/**
 * Mentions, DMs and follow-ups in the bot's own threads. A mention in a
 * channel is answered in a thread started from the message; that thread's
 * id is the conversation key, so later messages there get the history.
 * Other bots (and this one) are ignored, so two bots never talk in a loop.
 */
export async function handleMessage(message: Message, deps: HandlerDeps): Promise<void> {
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

  const command = parseFreeText(message.content);
  const text = cleanMessage(message.content);
  const lang = text ? (detectLanguage(text.slice(0, 500)) === 'fr' ? 'fr' : 'en') : 'en';
  const searches = command.kind === 'ask' || command.kind === 'summary' || command.kind === 'mandate';

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
      deps.logger.warn(errorFields(error), 'could not start a thread; replying in the channel');
    }
  }

  const stopTyping = searches ? keepTyping(target, deps) : () => undefined;
  try {
    const reply = await deps.core.handle(command, { threadKey: target.id, userId: message.author.id, lang });
    await send(message, target, inPlace, toMessages(reply, deps, message.id));
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

function keepTyping(channel: SendableChannels, deps: HandlerDeps): () => void {
  const typing = () => {
    channel.sendTyping().catch((error: unknown) => deps.logger.debug(errorFields(error), 'typing indicator failed'));
  };
  typing();
  const timer = setInterval(typing, TYPING_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}
