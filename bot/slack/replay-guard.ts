import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Logger } from 'pino';

/** A bounded set of recently seen keys, oldest forgotten first. */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly max = 5000) {}

  /** False when the key was already seen. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }
}

/** The fields of a request body that identify a slash command or a button click. */
interface Identified {
  command?: string;
  trigger_id?: string;
  type?: string;
  user?: { id?: string };
  actions?: { action_id?: string; action_ts?: string }[];
}

/**
 * The replay key of a slash command (its trigger_id, unique per invocation)
 * or of a button click (action_ts + user + action_id); undefined for events,
 * which messages.ts de-duplicates by channel and ts.
 */
export function replayKey(body: Identified): string | undefined {
  if (typeof body.command === 'string' && body.trigger_id) return `command:${body.trigger_id}`;
  if (body.type === 'block_actions' && body.actions?.length) {
    const [a] = body.actions;
    return `action:${a.action_ts ?? ''}:${body.user?.id ?? ''}:${a.action_id ?? ''}`;
  }
  return undefined;
}

/**
 * Global middleware that answers a replayed slash command or click once.
 * Slack retries a request whose acknowledgement it missed, and a captured
 * signed request can be sent again within the 5-minute window: the repeat is
 * acknowledged (so Slack stops retrying) and goes no further.
 */
export function registerReplayGuard(app: App, log: Logger, seen = new RecentKeys()): void {
  app.use(async (args) => {
    const key = replayKey(args.body as Identified);
    if (key === undefined || seen.add(key)) {
      await args.next();
      return;
    }
    log.info({ key }, 'replayed Slack request ignored');
    const { ack } = args as AnyMiddlewareArgs & { ack?: () => Promise<void> };
    await ack?.();
  });
}
