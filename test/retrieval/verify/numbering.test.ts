import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import { misnumbered } from '../../../retrieval/verify/numbering.ts';
import { splitSentences } from '../../../retrieval/verify/split.ts';
import { corpusChecker, type CorpusChecker } from './corpus-checker.ts';

const reasons = (text: string, lang: 'en' | 'fr' = 'en') => {
  const { facts, prepared } = extractFacts(text, lang);
  return misnumbered(facts, prepared.masked);
};

describe('what an ITU number says of itself', () => {
  it('ties Question 3/17 to Study Group 17 and WP 2/20 to SG20: another study group it is given to is wrong', () => {
    expect(reasons('Question 1/2, which is entrusted to ITU-T Study Group 20, covers smart societies.')).toHaveLength(1);
    expect(reasons("la Question 3/17 de la Commission d'études 20 porte sur la sécurité", 'fr')).toHaveLength(1);
    expect(reasons('WP 2/17 of SG20 is chaired by Bret Jordan.')).toHaveLength(1);
  });

  it('leaves a number given to its own study group, or set beside another one without a tie', () => {
    expect(reasons('Question 1/2 of ITU-D Study Group 2 is on smart societies.')).toEqual([]);
    expect(reasons('WP 2/17 and WP 3/20 of SG17 and SG20 are chaired by the co-convenors.')).toEqual([]);
    expect(reasons('the work under Question 1/2 and SG20 on smart cities')).toEqual([]);
  });
});

describe('against the clause that names both (ACP-2, recognizing d)', () => {
  let c: CorpusChecker;
  beforeAll(async () => {
    c = await corpusChecker();
  });
  afterAll(() => c.close());
  const codes = (text: string) => {
    const [sentence] = splitSentences(text);
    return c.rules.check(sentence, [c.clause('wtdc17-acp-2:recognizing:d')], 'en').reasons.map((r) => r.code);
  };

  it('rejects Question 1/2 given to ITU-T SG20, which the clause names for its own work', () => {
    expect(
      codes("The draft recalls the work under Question 1/2, 'Creating the smart society', entrusted to ITU-T Study Group 20 [1]."),
    ).toContain('wrong-entity');
  });
});
