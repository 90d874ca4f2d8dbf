import { describe, expect, it } from 'vitest';
import { withRecipients } from '../../../retrieval/query/recipients.ts';

describe('a letter’s recipients asked with a verb', () => {
  it('reads the participle of addressing as the recipients, in the asker’s language', () => {
    expect(withRecipients('who was circ 67 addressed to?', 'en')).toBe('who was circ 67 recipients to?');
    expect(withRecipients('to whom is the circular addressed', 'en')).toBe('to whom is the circular recipients');
    expect(withRecipients('à qui est adressée la circulaire 67 ?', 'fr')).toBe('à qui est destinataires la circulaire 67 ?');
    expect(withRecipients('la lettre est adressée aux États Membres ?', 'fr')).toBe('la lettre est destinataires aux États Membres ?');
    expect(withRecipients('¿A quiénes va dirigida la Circular TSB 67?', 'es')).toBe('¿A quiénes va destinatarios la Circular TSB 67?');
  });

  it('leaves the verb’s other senses alone: an issue addressed, a group led, a web address', () => {
    for (const [text, lang] of [
      ['which issues does the JCG address?', 'en'],
      ['how is IoT security addressed by SG17?', 'en'],
      ["quelle est l'adresse de la page web du groupe ?", 'fr'],
      ['¿quién dirige el grupo?', 'es'],
      ['el grupo está dirigido por dos coordinadores', 'es'],
    ] as const)
      expect(withRecipients(text, lang)).toBe(text);
  });
});
