import { describe, expect, it } from 'vitest';
import { openIndex } from '../../../retrieval/open-assistant.ts';
import { tempDirs } from '../../helpers/temp-dirs.ts';

const { temp } = tempDirs();

describe('the saved clauses', () => {
  it('reopen as they were parsed, a letter part still speaking for its whole document', async () => {
    const indexDir = await temp();
    const parsed = await openIndex({ corpusDir: 'corpus', indexDir });
    const reopened = await openIndex({ corpusDir: 'corpus', indexDir });
    expect(reopened.store.clauses).toEqual(parsed.store.clauses);
    const date = reopened.store.clauses.find((c) => c.label === 'Circular 67 › Date');
    expect(date).toMatchObject({ text: 'Genève, le 6 août 2025', scope: 'document' });
  });
});
