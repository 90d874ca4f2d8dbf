import { describe, expect, it } from 'vitest';
import { chatCommandFromSlash, slashCommandDefinitions } from '../../../bot/discord/command-definitions.ts';

describe('slash command definitions', () => {
  it('defines /ask, /summary, /mandate, /verify, /sources and /help within Discord’s naming rules', () => {
    const commands = slashCommandDefinitions();
    expect(commands.map((c) => c.name)).toEqual(['ask', 'summary', 'mandate', 'verify', 'sources', 'help']);
    for (const c of commands) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const d of Object.values(c.description_localizations ?? {})) expect((d ?? '').length).toBeLessThanOrEqual(100);
    }
    const ask = commands[0].options![0] as { name: string; required?: boolean; max_length?: number };
    expect(ask).toMatchObject({ name: 'question', required: true, max_length: 4000 });
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
