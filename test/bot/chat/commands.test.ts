import { describe, expect, it } from 'vitest';
import { chatLanguage, cleanMessage, commandFor, parseFreeText, parseSlashText, questionOf } from '../../../bot/chat/commands.ts';

describe('chat commands', () => {
  it('strips mentions, channel links and emoji, which may leave nothing', () => {
    expect(cleanMessage('<@U123> <#C1|general> hello :wave: <:party:123> 👍🏽 ')).toBe('hello');
    expect(cleanMessage('<@!123> 🎉')).toBe('');
  });

  it('reads a slash command: a subcommand (English or French alias), a bare question, or an unknown word', () => {
    expect(parseSlashText('')).toEqual({ kind: 'help' });
    expect(parseSlashText('résumé Res. 98')).toEqual({ kind: 'summary', topic: 'Res. 98' });
    expect(parseSlashText('ask')).toEqual({ kind: 'empty' });
    expect(parseSlashText('Who convenes the group?')).toEqual({ kind: 'ask', question: 'Who convenes the group?' });
    expect(parseSlashText('frobnicate')).toEqual({ kind: 'unknown', word: 'frobnicate' });
  });

  it('reads free text: a leading subcommand word is honoured, anything else is a question', () => {
    expect(parseFreeText('<@U1> mandate')).toEqual({ kind: 'mandate' });
    expect(parseFreeText('sources: please')).toEqual({ kind: 'sources' });
    expect(parseFreeText('ask')).toEqual({ kind: 'ask', question: 'ask' });
    expect(parseFreeText('<@U1>')).toEqual({ kind: 'empty' });
  });

  it('maps a named subcommand and its argument', () => {
    expect(commandFor('summary', '')).toEqual({ kind: 'summary', topic: '' });
    expect(commandFor('nope', 'x')).toEqual({ kind: 'unknown', word: 'nope' });
  });

  it('says which language a message is in, and what question a command carries for votes', () => {
    expect(chatLanguage('<@U1> Qui sont les coresponsables ?')).toBe('fr');
    expect(chatLanguage('¿Quiénes son los coordinadores?')).toBe('es');
    expect(chatLanguage('<@U1> 🎉')).toBeUndefined();
    expect(questionOf({ kind: 'summary', topic: 'Res. 98' })).toBe('summary Res. 98');
    expect(questionOf({ kind: 'mandate' })).toBe('mandate');
  });
});
