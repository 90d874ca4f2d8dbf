/**
 * The seam every chat platform implements (after Bolt's Receiver
 * `init/start/stop`): Slack in bot/slack/adapter.ts, Discord in
 * bot/discord/adapter.ts. An adapter turns platform events into ChatCore
 * calls and ChatCore's replies into platform messages, nothing more.
 */
export interface ChatAdapter {
  /** Connects (Socket Mode, gateway) or listens (HTTP) and resolves once events can arrive. */
  start(): Promise<void>;
  /** Disconnects or stops listening; safe to call twice. */
  stop(): Promise<void>;
}
