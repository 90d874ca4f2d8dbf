import { describe, expect, it } from 'vitest';
import { asksRecipients, withRecipients } from '../../../retrieval/query/recipients.ts';

describe('a letter’s recipients asked with a verb', () => {
  it('reads the participle of addressing as the recipients, in the asker’s language', () => {
    expect(withRecipients('who was circ 67 addressed to?', 'en')).toBe('who was circ 67 recipients to?');
    expect(withRecipients('to whom is the circular addressed', 'en')).toBe('to whom is the circular recipients');
    expect(withRecipients('à qui est adressée la circulaire 67 ?', 'fr')).toBe('à qui est destinataires la circulaire 67 ?');
    expect(withRecipients('la lettre est adressée aux États Membres ?', 'fr')).toBe('la lettre est destinataires aux États Membres ?');
    expect(withRecipients('¿A quiénes va dirigida la Circular TSB 67?', 'es')).toBe('¿A quiénes va destinatarios la Circular TSB 67?');
  });

  it('reads a letter sent, or sent to whom, the same way; contributions are sent to an address', () => {
    expect(withRecipients('who was the circular sent to?', 'en')).toBe('who was the circular recipients to?');
    expect(withRecipients('to whom was it sent?', 'en')).toBe('to whom was it recipients?');
    expect(withRecipients('la circulaire 67 a été envoyée à qui ?', 'fr')).toBe('la circulaire 67 a été destinataires à qui ?');
    expect(withRecipients('¿a quiénes fue enviada la circular?', 'es')).toBe('¿a quiénes fue destinatarios la circular?');
    expect(withRecipients('where should contributions be sent to?', 'en')).toBe('where should contributions be sent to?');
    expect(asksRecipients('who was circ 67 sent to?', 'en')).toBe(true);
    expect(asksRecipients('who signed circ 67?', 'en')).toBe(false);
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
