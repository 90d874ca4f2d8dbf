import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommandDefinitions } from '../../../bot/discord/command-definitions.ts';
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
  it('registers in one guild when DISCORD_GUILD_ID is set (instant, for testing)', async () => {
    const since = fake.calls.length;
    const result = await registerCommands({ token: TOKEN, applicationId: IDS.app, guildId: IDS.guild }, { api: fake.api });
    expect(result).toEqual({ scope: 'guild', count: 6 });
    const [put] = fake.calls.slice(since);
    expect(put).toMatchObject({ method: 'PUT', route: `/applications/${IDS.app}/guilds/${IDS.guild}/commands`, status: 200 });
    expect(put.body).toEqual(slashCommandDefinitions());
  });

  it('registers globally otherwise', async () => {
    const since = fake.calls.length;
    expect(await registerCommands({ token: TOKEN, applicationId: IDS.app }, { api: fake.api })).toEqual({ scope: 'global', count: 6 });
    expect(fake.calls.slice(since).map((c) => `${c.method} ${c.route}`)).toEqual([`PUT /applications/${IDS.app}/commands`]);
  });
});
