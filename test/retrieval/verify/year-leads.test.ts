import { describe, expect, it } from 'vitest';
import type { Lang, TermGroup } from '../../../retrieval/types.ts';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { misplacedYears } from '../../../retrieval/verify/year-leads.ts';
import { seedClause, seedStages } from '../../helpers/seed-corpus.ts';

const { concepts } = seedStages();
const glossed = (text: string, lang: Lang): TermGroup[] => concepts.of(text, lang);
const misplaced = (text: string, lang: Lang, id: string) =>
  misplacedYears(analyzeText(text, lang, new Map()), [analyzeText(seedClause(id).text, 'fr', new Map())], glossed);

// "Selon les estimations figurant dans un rapport paru en 2016, jusqu'à 50 milliards d'appareils pourraient être
// connectés d'ici à 2020, …"
const MOTIFS = 'wtdc17-acp-2:reasons:para-1';
// "… la CE 11 a approuvé en 2023 des amendements aux normes … ainsi que la Recommandation Q.5054 "…" en 2025."
const SG11 = 'c25-18:s2.2';

describe('a year and the words that lead to it', () => {
  it('flags a year given to what the clause dates with another year of it', () => {
    expect(
      misplaced("Un rapport paru en 2020 estime que jusqu'à 50 milliards d'appareils pourraient être connectés.", 'fr', MOTIFS),
    ).toEqual(['"2020": in the clause, what the sentence dates with it is dated otherwise']);
  });

  it('accepts each year with what the clause dates with it', () => {
    expect(
      misplaced(
        "Un rapport paru en 2016 estime que jusqu'à 50 milliards d'appareils pourraient être connectés d'ici à 2020.",
        'fr',
        MOTIFS,
      ),
    ).toEqual([]);
    expect(misplaced('A 2016 report estimated that up to 50 billion devices could be connected by 2020.', 'en', MOTIFS)).toEqual([]);
  });

  it('does not read one verb that dates two things as binding the year to the first', () => {
    const said = 'Outre ses amendements de 2023 aux normes SS7, la CE 11 a approuvé en 2025 la Rec. Q.5054 sur la contrefaçon.';
    expect(misplaced(said, 'fr', SG11)).toEqual([]);
  });
});
