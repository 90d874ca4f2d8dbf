import { describe, expect, it } from 'vitest';
import { formOf as form } from '../../helpers/question-form.ts';

describe('words that say what a question does not ask for (found on documents the product had never seen)', () => {
  it('reads a liaison or a relation where "enlace", "lien" or "link" names no web address', () => {
    expect(form('¿A qué grupos envió el JCA-SCR declaraciones de enlace salientes?', 'es').type).toBeUndefined();
    expect(form('Quelles activités sont menées en lien avec la CE 17 ?', 'fr').type).toBeUndefined();
    expect(form('what is the link between the two resolutions?', 'en').type).toBeUndefined();
    expect(form('¿Cuál es el enlace de la página del taller?', 'es').type).toBe('url');
    expect(form('quel est le lien vers le formulaire ?', 'fr').type).toBe('url');
  });

  it('asks no attribute of a count, of the money an amount is, or of the provision that is the clause itself', () => {
    // "The 6 areas": six says how many, "areas" asks for the content.
    expect(form('what are the 6 areas the security checklist for small factories is split into?', 'en').focus).toEqual([]);
    expect(form('How much money can a manufacturer lose when its line stops for one hour?', 'en')).toMatchObject({
      type: 'amount',
      focus: [],
    });
    expect(form('Under which provision of which WTDC resolution was the group established?', 'en').focus).not.toContain('provision');
    expect(form('En vertu de quelle disposition le groupe a-t-il été créé ?', 'fr').focus).toEqual([]);
  });

  it('reads a possessor as whose the thing asked about is, not as the thing: "the council\'s guidelines"', () => {
    expect(form("what are the council's guidelines for connected access control systems?", 'en').focus).toEqual(['guidelin']);
  });

  it('asks for what a body is to do, written out, where a question asks its tasks, duties or functions', () => {
    expect(form('Quelles sont les tâches du JCA-SCR selon son mandat ?', 'fr').focus).toEqual([]);
    expect(form('What are the duties of the focus group?', 'en').focus).toEqual([]);
    expect(form('¿Cuáles son las funciones del grupo?', 'es').focus).toEqual([]);
  });

  it('reads a call for help as no number asked for', () => {
    const q = "Que recommande le Conseil pour que les personnes bloquées dans une cabine puissent appeler à l'aide ?";
    expect(form(q, 'fr').type).toBeUndefined();
    expect(form('quel numéro appeler pour joindre le secrétariat ?', 'fr').type).toBe('phone');
  });

  it('asks for the outcome, written out, where a question asks what happens', () => {
    expect(form('What happens if no comments are received by the deadline?', 'en').focus).toEqual([]);
    expect(form('¿Qué ocurre si no se reciben observaciones?', 'es').focus).toEqual([]);
    expect(form('¿Qué pasa si nadie responde?', 'es').focus).toEqual([]);
  });

  it('reads the noun after "what type of", "quel genre de", "qué tipo de" as the attribute asked about', () => {
    expect(form('what type of plug do I need in Montevideo?', 'en').focus).toEqual(['plug']);
    expect(form('quel genre de badge faut-il ?', 'fr').focus).toEqual(['badg']);
    expect(form('¿Qué voltaje y qué tipo de enchufe necesitaré?', 'es').focus).toEqual(['voltaj', 'enchuf']);
  });

  it('reads a bare "que" after the question\'s own opener as the conjunction, shorthand or not', () => {
    // "pa" is chat for "para": "para que opinen" is a purpose, not "para qué" asking a second thing.
    for (const q of [
      'en qué países montaron grupos de niños pa que opinen sobre las estrategias?',
      'en qué países se crearon grupos para que opinen?',
    ])
      expect(form(q, 'es')).toMatchObject({ type: 'place', focus: ['pais'] });
  });
});
