import { expect } from 'vitest';
import { IDS, type RestCall } from './fake-discord.ts';
import type { Harness } from './harness.ts';
import { slash } from './payloads.ts';

/** Discord's interaction callback types and the ephemeral flag, as the fake records them. */
export const EPHEMERAL = 64;
export const DEFERRED = 5; // InteractionResponseType.DeferredChannelMessageWithSource
export const MESSAGE = 4; // InteractionResponseType.ChannelMessageWithSource

export type Interaction = ReturnType<typeof slash>;

export const callbackRoute = (i: { id: string; token: string }) => `/interactions/${i.id}/${i.token}/callback`;
export const originalRoute = (i: { token: string }) => `/webhooks/${IDS.app}/${i.token}/messages/@original`;
export const followUpRoute = (i: { token: string }) => `/webhooks/${IDS.app}/${i.token}`;

/** Dispatches an interaction and returns the index to search recorded calls from. */
export function send(h: Harness, i: { id: string }): number {
  const since = h.fake.calls.length;
  h.fake.dispatch('INTERACTION_CREATE', i);
  return since;
}

/** Sends a slash command and waits for the deferred reply's successful edit. */
export async function askAndWaitForEdit(h: Harness, i: Interaction): Promise<{ callback: RestCall; edit: RestCall }> {
  const since = send(h, i);
  const edit = await h.fake.waitForCall((c) => c.method === 'PATCH' && c.route === originalRoute(i) && c.status === 200, since);
  const callback = h.fake.calls.find((c) => c.route === callbackRoute(i))!;
  expect(callback).toBeDefined();
  return { callback, edit };
}

/** A sent message as the fake recorded it, as far as its buttons go. */
interface RecordedMessage {
  components?: { components: { custom_id?: string }[] }[];
}

/** The custom_ids of a message's buttons, in order. */
export function buttonIds(message: RecordedMessage): string[] {
  return (message.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id ?? ''));
}
