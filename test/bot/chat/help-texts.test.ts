import { describe, expect, it } from 'vitest';
import { CHAT_TEXTS, textsFor } from '../../../bot/chat/help-texts.ts';

describe('chat texts', () => {
  it('has every text in English, French and Spanish, and every help names every command', () => {
    const keys = Object.keys(CHAT_TEXTS.en).sort();
    for (const lang of ['fr', 'es'] as const) expect(Object.keys(CHAT_TEXTS[lang]).sort()).toEqual(keys);
    for (const texts of Object.values(CHAT_TEXTS)) {
      for (const command of ['ask', 'summary', 'mandate', 'sources', 'help']) expect(texts.help).toContain(`\`${command}`);
    }
  });

  it('falls back to English when the language is unknown', () => {
    expect(textsFor(undefined)).toBe(CHAT_TEXTS.en);
  });
});
