import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { misboundDates } from '../../../retrieval/verify/bindings.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

// "Un rapport de l'ancien Président du Groupe d'experts de haut niveau sur le Programme GCA (HLEG) a été présenté à la session
// de 2019 du Conseil de l'UIT. … [2: Soumission du rapport … (C19/58), UIT, 8 mai 2019, …] [3: Compte rendu de la sixième
// séance plénière (C19/117), UIT, 20 juin 2019, …]"
const HLEG = analyzeText(seedClause('c22-32-gca:s1.3').text, 'fr', new Map());
const misbound = (text: string, lang: Lang) => misboundDates(analyzeText(text, lang, new Map()), [HLEG]);

describe('a document and its date', () => {
  it('flags a document put with the date the clause gives another', () => {
    const said = "Le rapport de l'ancien Président du Groupe HLEG, publié sous la cote C19/117, a été soumis le 8 mai 2019.";
    expect(misbound(said, 'fr')).toEqual(['"c19/117" and "8 mai 2019": the clause gives each with another']);
    expect(misbound('The HLEG report was issued as C19/58 on 20 June 2019.', 'en')).toHaveLength(1);
  });

  it('accepts each with its own, and facts the clause does not have (the missing-value rule’s)', () => {
    expect(misbound('The HLEG report was submitted as C19/58 on 8 May 2019.', 'en')).toEqual([]);
    expect(misbound('Le compte rendu de la sixième séance plénière (C19/117) date du 20 juin 2019.', 'fr')).toEqual([]);
    expect(misbound('The HLEG report was submitted as C19/58 on 9 May 2019.', 'en')).toEqual([]);
  });

  it('binds each date of a sentence naming two documents to the nearer one', () => {
    const both = 'Le rapport du Groupe HLEG (C19/58) est daté du 08/05/2019 et le compte rendu de la 6e séance (C19/117) du 20/06/2019.';
    expect(misbound(both, 'fr')).toEqual([]);
    const swapped = 'Le rapport du Groupe HLEG (C19/58) est daté du 20/06/2019 et le compte rendu de la 6e séance (C19/117) du 08/05/2019.';
    expect(misbound(swapped, 'fr')).toHaveLength(2);
  });
});

describe('a working party and its meeting date', () => {
  // An unseen letter (eval/unseen/tune-en-2, 601_letter.txt, § 3): each plenary is given its own date by "and".
  const plenaries = analyzeText(
    'The plenary of Working Party 1/20 will take place on 3 June 2026 and the plenary of Working Party 2/20 on 4 June 2026.',
    'en',
    new Map(),
  );
  const bound = (text: string) => misboundDates(analyzeText(text, 'en', new Map()), [plenaries]);

  it('flags the plenaries given each other’s dates, and accepts each with its own', () => {
    expect(bound('The Working Party 2/20 plenary will take place on 3 June 2026 and the WP 1/20 plenary on 4 June 2026.')).toHaveLength(2);
    expect(bound('The Working Party 1/20 plenary will take place on 3 June 2026 and the WP 2/20 plenary on 4 June 2026.')).toEqual([]);
    expect(bound('Working Party 2/20 meets on 4 June 2026.')).toEqual([]);
  });
});

describe('a time and its day', () => {
  // "… le 17 septembre 2025 de 13 heures à 14 heures (heure de Genève). Elle aura lieu à l'occasion de la réunion de la
  // Commission d'études 20 …, qui se tiendra du 15 au 25 septembre 2025."
  const meeting = analyzeText(seedClause('tsb-circ-67:p6').text, 'fr', new Map());
  const bound = (text: string, lang: Lang) => misboundDates(analyzeText(text, lang, new Map()), [meeting]);

  it('flags the meeting’s hours put on the first day of the study group meeting around it', () => {
    expect(bound('The first JCG-IoTSec meeting is set for 15 September 2025, from 13:00 to 14:00 Geneva time.', 'en')).toEqual([
      '"13:00" and "15 september 2025": the clause gives each with another',
    ]);
    expect(bound('Le 15 septembre 2025 de 13 heures à 14 heures, le Groupe JCG-IoTSec tient sa première réunion.', 'fr')).toHaveLength(1);
  });

  it('accepts the hours on their day, and the days of a meeting that has no hours', () => {
    const during = 'La réunion aura lieu le 17 septembre 2025 de 13 h à 14 h, pendant la réunion de la CE 20 (15-25 septembre 2025).';
    expect(bound(during, 'fr')).toEqual([]);
    expect(bound('SG20 meets from 15 to 25 September 2025, and the JCG meets on 17 September 2025 at 13:00.', 'en')).toEqual([]);
  });
});
