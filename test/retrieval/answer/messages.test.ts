import { describe, expect, it } from 'vitest';
import { languageName, MESSAGES } from '../../../retrieval/answer/messages.ts';
import type { Lang } from '../../../retrieval/types.ts';

const LANGS: Lang[] = ['en', 'fr', 'es'];

describe('the fixed sentences of an answer', () => {
  it('exist in every language, with the same keys, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      const m = MESSAGES[lang];
      for (const text of [m.lead, m.abstain, m.hostile, m.leadQuoted(languageName('fr', lang))]) expect(text.trim(), lang).not.toBe('');
    }
  });

  it('differ between languages: each is written in its own', () => {
    for (const key of ['lead', 'abstain', 'hostile'] as const) {
      expect(new Set(LANGS.map((l) => MESSAGES[l][key])).size, key).toBe(3);
    }
  });

  it('introduce the quotes with a colon (French with its space before it)', () => {
    expect(MESSAGES.en.lead).toMatch(/[^ ]:$/);
    expect(MESSAGES.es.lead).toMatch(/[^ ]:$/);
    expect(MESSAGES.fr.lead).toMatch(/ :$/);
    for (const lang of LANGS) expect(MESSAGES[lang].leadQuoted('x')).toMatch(/:$/);
  });

  it('name the language of the quoted documents in the asker’s language', () => {
    expect(MESSAGES.en.leadQuoted(languageName('fr', 'en'))).toBe('According to the indexed documents (quoted in the original French):');
    expect(MESSAGES.es.leadQuoted(languageName('fr', 'es'))).toBe('Según los documentos indexados (citados en el original en francés):');
    expect(MESSAGES.fr.leadQuoted(languageName('en', 'fr'))).toBe("Selon les documents indexés (cités dans l'original en anglais) :");
  });

  it('refuse a hostile question differently from an unanswerable one', () => {
    for (const lang of LANGS) expect(MESSAGES[lang].hostile).not.toBe(MESSAGES[lang].abstain);
  });
});

describe('languageName', () => {
  it('names every language in every language', () => {
    for (const inLang of LANGS) {
      const names = LANGS.map((of) => languageName(of, inLang));
      expect(names.every(Boolean), inLang).toBe(true);
      expect(new Set(names).size, inLang).toBe(3);
    }
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('fr', 'fr')).toBe('français');
  });
});
