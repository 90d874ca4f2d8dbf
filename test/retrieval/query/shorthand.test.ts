import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../retrieval/config.ts';
import { Shorthand } from '../../../retrieval/query/shorthand.ts';

const shorthand = Shorthand.fromFile(join(REPO_ROOT, 'retrieval', 'query', 'data', 'chat-shorthand.json'));

describe('chat shorthand', () => {
  it('leaves a shorthand that is also a word of the language as that word before the words that make it one', () => {
    const table = shorthand;
    // The French "tel qu'il", "tel que": such, not a telephone; "le tel du TSB" is the telephone.
    expect(table.expand("accepté tel qu'il avait été proposé", 'fr')).toBe("accepté tel qu'il avait été proposé");
    expect(table.expand('un format tel que celui-ci', 'fr')).toBe('un format tel que celui-ci');
    expect(table.expand('le tel du TSB ?', 'fr')).toBe('le téléphone du TSB ?');
  });

  it("writes out whole-word shorthand of the question's language and drops politeness", () => {
    expect(shorthand.expand('whats the deadline for docs for the sept mtg pls', 'en')).toBe(
      'what is the deadline for documents for the september meeting ',
    );
    expect(shorthand.expand('heads up before a call incl the draft agenda, thru email', 'en')).toBe(
      'heads up before a call including the draft agenda, through email',
    );
    expect(shorthand.expand('la propal de la réu', 'fr')).toBe('la proposition de la réunion');
    expect(shorthand.expand('lista porfa', 'es')).toBe('lista ');
    expect(shorthand.expand('un curso pa principiantes', 'es')).toBe('un curso para principiantes');
  });

  it('writes out the informal contractions of spoken English ("gonna", "wanna", "dunno")', () => {
    expect(shorthand.expand("where's the 3rd meeting gonna be", 'en')).toBe("where's the 3rd meeting going to be");
    expect(shorthand.expand('i wanna join but dunno how', 'en')).toBe('i want to join but do not know how');
  });

  it('writes out shorthand after a French elision, not inside an English contraction', () => {
    expect(shorthand.expand("la réf de l'odj, qu'il dit", 'fr')).toBe("la référence de l'ordre du jour, qu'il dit");
    expect(shorthand.expand("I don't know, u said it's ok", 'en')).toBe("I don't know, you said it's ok");
  });

  it('leaves words alone inside other words and identifiers', () => {
    expect(shorthand.expand('the docstring of SG17 and WP2/17', 'en')).toBe('the docstring of SG17 and WP2/17');
  });

  it("drops hedges that ask for nothing, longest first, in the question's language only", () => {
    expect(shorthand.expand('on peut suivre la réu à distance ? y a un zoom ou un truc du genre', 'fr')).toBe(
      'on peut suivre la réunion à distance ? y a un zoom  ',
    );
    expect(shorthand.expand('anyone know the dial-in or something like that', 'en')).toBe('  the dial-in  ');
    expect(shorthand.expand('hay un enlace o algo así', 'es')).toBe('hay un enlace  ');
    expect(shorthand.expand('what kind of algorithm or something', 'fr')).toBe('what kind of algorithm or something');
    expect(shorthand.expand('o algoritmo', 'es')).toBe('o algoritmo');
  });
});
