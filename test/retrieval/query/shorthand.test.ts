import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../retrieval/config.ts';
import { Shorthand } from '../../../retrieval/query/shorthand.ts';

const shorthand = Shorthand.fromFile(join(REPO_ROOT, 'retrieval', 'query', 'data', 'chat-shorthand.json'));

describe('chat shorthand', () => {
  it("writes out whole-word shorthand of the question's language and drops politeness", () => {
    expect(shorthand.expand('whats the deadline for docs for the sept mtg pls', 'en')).toBe(
      'whats the deadline for documents for the september meeting ',
    );
    expect(shorthand.expand('la propal de la réu', 'fr')).toBe('la proposition de la réunion');
    expect(shorthand.expand('lista porfa', 'es')).toBe('lista ');
  });

  it('leaves words alone inside other words and identifiers', () => {
    expect(shorthand.expand('the docstring of SG17 and WP2/17', 'en')).toBe('the docstring of SG17 and WP2/17');
  });
});
