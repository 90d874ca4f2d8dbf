import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCommandFromSlash, slashCommandDefinitions } from '../../../bot/discord/command-definitions.ts';
import { registerCommands } from '../../../bot/discord/register-commands.ts';
import { FakeDiscord, IDS } from './fake-discord.ts';

let fake: FakeDiscord;
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAy.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';

beforeAll(async () => {
  fake = await FakeDiscord.start();
});

afterAll(async () => {
  await fake?.stop();
});

describe('slash command registration', () => {
  it('defines /ask, /summary, /mandate, /sources and /help within Discord’s naming rules', () => {
    const commands = slashCommandDefinitions();
    expect(commands.map((c) => c.name)).toEqual(['ask', 'summary', 'mandate', 'sources', 'help']);
    for (const c of commands) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const d of Object.values(c.description_localizations ?? {})) expect((d ?? '').length).toBeLessThanOrEqual(100);
    }
    const ask = commands[0].options![0] as { name: string; required?: boolean; max_length?: number };
    expect(ask).toMatchObject({ name: 'question', required: true, max_length: 4000 });
  });

  it('registers in one guild when DISCORD_GUILD_ID is set (instant, for testing)', async () => {
    const since = fake.calls.length;
    const result = await registerCommands({ token: TOKEN, applicationId: IDS.app, guildId: IDS.guild }, { api: fake.api });
    expect(result).toEqual({ scope: 'guild', count: 5 });
    const [put] = fake.calls.slice(since);
    expect(put).toMatchObject({ method: 'PUT', route: `/applications/${IDS.app}/guilds/${IDS.guild}/commands`, status: 200 });
    expect(put.body).toEqual(slashCommandDefinitions());
  });

  it('registers globally otherwise', async () => {
    const since = fake.calls.length;
    expect(await registerCommands({ token: TOKEN, applicationId: IDS.app }, { api: fake.api })).toEqual({ scope: 'global', count: 5 });
    expect(fake.calls.slice(since).map((c) => `${c.method} ${c.route}`)).toEqual([`PUT /applications/${IDS.app}/commands`]);
  });

  it('maps received commands to the shared chat commands', () => {
    const opts = (values: Record<string, string>) => (name: string) => values[name] ?? null;
    expect(chatCommandFromSlash('ask', opts({ question: '  Who convenes <@123>? ' }))).toEqual({ kind: 'ask', question: 'Who convenes ?' });
    expect(chatCommandFromSlash('ask', opts({ question: ' \n ' }))).toEqual({ kind: 'empty' });
    expect(chatCommandFromSlash('summary', opts({}))).toEqual({ kind: 'summary', topic: '' });
    expect(chatCommandFromSlash('mandate', opts({}))).toEqual({ kind: 'mandate' });
    expect(chatCommandFromSlash('nope', opts({}))).toEqual({ kind: 'unknown', word: 'nope' });
  });
});
