import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../retrieval/query/language.ts';

describe('the language of a short chat question', () => {
  it.each([
    'who chairs it?',
    'when is the deadline?',
    'any deadline for docs?',
    'need the mailing list pls',
    'is there a fee?',
    'how to register',
    'what about SG20?',
    'Who are the co-convenors of JCG-IoTSec?',
    // One English function word, words n-grams read as Spanish.
    'who issued circular 67?',
  ])('English: %s', (q) => {
    expect(detectLanguage(q)).toBe('en');
  });

  it.each([
    'qui préside ?',
    'c quoi le mandat ?',
    "c'est quand la réunion ?",
    'faut-il un compte TIES ?',
    'peut-on participer à distance ?',
    'et la date ?',
    'où envoyer ma contribution ?',
    'Quelle est la date limite pour soumettre des contributions ?',
    "pr les lignes directrices GCA y a un doc d'info complémentaire, c quoi son numéro déjà ?",
  ])('French: %s', (q) => {
    expect(detectLanguage(q)).toBe('fr');
  });

  it.each([
    '¿quién preside?',
    'cuándo es la reunión',
    'y la fecha?',
    'hay que pagar?',
    'se puede participar a distancia?',
    'necesito el enlace',
    'quiénes coordinan el grupo',
    '¿Cuál es el correo de contacto del JCG-IoTSec?',
  ])('Spanish: %s', (q) => {
    expect(detectLanguage(q)).toBe('es');
  });

  it('settles on English when nothing decides', () => {
    expect(detectLanguage('JCG-IoTSec?')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('reads the question mark that opens a Spanish question', () => {
    expect(detectLanguage('¿JCG-IoTSec?')).toBe('es');
  });

  // Weakness: fragments of two or three words with no function word of the lists are left
  // to tinyld's n-grams, which misread them (French → Spanish or English, Spanish → English).
  it.fails.each([
    ['la date limite ?', 'fr'],
    ['inscription à la liste ?', 'fr'],
    ['la fecha límite?', 'es'],
    ['contact email?', 'en'],
  ] as const)('reads a fragment without function words: %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});
