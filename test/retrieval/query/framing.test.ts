import { describe, expect, it } from 'vitest';
import { unframed } from '../../../retrieval/query/framing.ts';
import type { Lang } from '../../../retrieval/types.ts';

const left = (text: string, lang: Lang) => unframed(text, lang).replace(/\s+/g, ' ').trim();

describe('the frame a chat message wraps its question in', () => {
  it('drops the address a message opens with, repeated or closed by an addressee', () => {
    expect(left('Chers collègues, où se tient la réunion ?', 'fr')).toBe('où se tient la réunion ?');
    expect(left('Madame, Monsieur, quel est le mandat du GCA ?', 'fr')).toBe('quel est le mandat du GCA ?');
    expect(left('Estimados miembros del JCG: ¿cuándo empieza?', 'es')).toBe('¿cuándo empieza?');
    expect(left('hi all what does JCG stand for', 'en')).toBe('what does JCG stand for');
    expect(left('Dear Mr. Jordan, who signed it?', 'en')).toBe('who signed it?');
  });

  it('keeps a greeting that opens the question itself', () => {
    expect(left("hey what's the deadline, and where do I send it?", 'en')).toBe("hey what's the deadline, and where do I send it?");
  });

  it('drops the request and its speech-act verb, in each language', () => {
    expect(left('could you kindly confirm the dates of the TSAG meeting?', 'en')).toBe('the dates of the TSAG meeting?');
    expect(left('Tu peux me lister les pays signataires ?', 'fr')).toBe('les pays signataires ?');
    expect(left('Pourriez-vous nous indiquer la date limite ?', 'fr')).toBe('la date limite ?');
    expect(left('¿Me puedes decir quién firmó la circular?', 'es')).toBe('¿ quién firmó la circular?');
    expect(left('¿podrían indicarme la fecha?', 'es')).toBe('¿ la fecha?');
    expect(left('summarise who the circular went to', 'en')).toBe('who the circular went to');
    expect(left('can you give me a quick rundown of the working methods?', 'en')).toBe('the working methods?');
  });

  it('drops who the asker is ("new here", "je débarque", "pregunta tonta"), not what is new', () => {
    expect(left('new here, what does the group report to TSAG?', 'en')).toBe(', what does the group report to TSAG?');
    expect(left('sorry if dumb q, who chairs WP 2/17?', 'en')).toBe(', who chairs WP 2/17?');
    expect(left('je débarque : le groupe a un budget ?', 'fr')).toBe(': le groupe a un budget ?');
    expect(left('soy nueva aquí: ¿quién preside el GT 3/20?', 'es')).toBe(': ¿quién preside el GT 3/20?');
    expect(left("what's new here in the 2025 report?", 'en')).toBe("what's new here in the 2025 report?");
  });

  it('drops the question put to the channel: "does anyone have", "qqn sait", "alguien tiene"', () => {
    expect(left('hey does anyone have the fax number of the TSB?', 'en')).toBe('hey the fax number of the TSB?');
    expect(left('someone got the link to the first meeting?', 'en')).toBe('the link to the first meeting?');
    expect(left("quelqu'un a le lien de l'espace partagé ?", 'fr')).toBe("le lien de l'espace partagé ?");
    expect(left('alguien tiene el enlace de la reunión?', 'es')).toBe('el enlace de la reunión?');
  });

  it('drops what a question sets aside after a comma, a dash or a bracket, up to the next punctuation', () => {
    expect(left('summarise who the circular went to (the main recipients, not the cc list)', 'en')).toBe(
      'who the circular went to (the main recipients, )',
    );
    expect(left('le courriel du secrétariat, pas celui de la liste ?', 'fr')).toBe('le courriel du secrétariat, ?');
    expect(left('¿a quién va dirigida? a los destinatarios y no a los de copia', 'es')).toBe(
      '¿a quién va dirigida? a los destinatarios y no a los de copia',
    );
    expect(left('el correo de la TSB, no el de la lista', 'es')).toBe('el correo de la TSB,');
    // A side remark of a message may set a thing aside from its first word ("… — not the cc list, the main recipients").
    expect(unframed('not the cc list, the main recipients', 'en', true).replace(/\s+/g, ' ').trim()).toBe(', the main recipients');
  });

  it('keeps a negation that includes, hedges or is the question itself', () => {
    expect(left('is it open to everyone, not just member states?', 'en')).toBe('is it open to everyone, not just member states?');
    expect(left("un nom, pas seulement l'adresse", 'fr')).toBe("un nom, pas seulement l'adresse");
    expect(left('¿hay reunión en diciembre, no sé?', 'es')).toBe('¿hay reunión en diciembre, no sé?');
    expect(left('¿No hay reunión en diciembre?', 'es')).toBe('¿No hay reunión en diciembre?');
    expect(unframed('not the cc list', 'en').trim()).toBe('not the cc list');
  });

  it('drops hedges around the question', () => {
    expect(left('Si je comprends bien, le groupe travaille par courriel ?', 'fr')).toBe(', le groupe travaille par courriel ?');
    expect(left('si no me equivoco la reunión es en Ginebra', 'es')).toBe('la reunión es en Ginebra');
  });

  it('drops what a body "is supposed to" do and the adverbs that only stress a question', () => {
    expect(left('what is the JCG actually supposed to deliver?', 'en')).toBe('what is the JCG deliver?');
    expect(left('le directeur du BDT est censé faire quoi concrètement ?', 'fr')).toBe('le directeur du BDT faire quoi ?');
    expect(left('¿qué se supone que tiene que hacer exactamente el BDT?', 'es')).toBe('¿qué hacer el BDT?');
  });

  it('leaves a statement with the same verbs alone', () => {
    expect(left('Please send contributions to tsbsg17@itu.int [1].', 'en')).toBe('Please send contributions to tsbsg17@itu.int [1].');
    expect(left('Le groupe doit indiquer les lacunes [1].', 'fr')).toBe('Le groupe doit indiquer les lacunes [1].');
  });
});
