import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { swappedRecipients } from '../../../retrieval/verify/recipients.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

// "Il s'agit d'aider les présidents des Commissions d'études 17 et 20 à élaborer un rapport à l'intention du GCNT sur la
// ligne de démarcation pour la sécurité de l'IoT."
const SCOPE = analyzeText(seedClause('tsb-circ-67:annex-a:scope-and-objectives:para-4').text, 'fr', new Map());
const swapped = (text: string, lang: Lang) => swappedRecipients(analyzeText(text, lang, new Map()), [SCOPE]);

describe('for whom', () => {
  it('flags bodies put in the place of those the clause destines the thing to', () => {
    const inverted = "Il s'agit d'aider le GCNT à élaborer, à l'intention des présidents des CE 17 et 20, un rapport sur l'IoT.";
    expect(swapped(inverted, 'fr')).toHaveLength(1);
    expect(swapped('The group helps TSAG draft a report intended for the chairs of SG17 and SG20 on IoT security.', 'en')).toHaveLength(1);
    expect(swapped('Se trata de ayudar al GCNT a elaborar un informe dirigido a las CE 17 y 20.', 'es')).toHaveLength(1);
  });

  it('accepts the clause’s recipients, and bodies the clause does not name (the missing-value rule’s)', () => {
    const faithful = "Il s'agit d'aider les présidents des CE 17 et 20 à élaborer un rapport à l'intention du GCNT.";
    expect(swapped(faithful, 'fr')).toEqual([]);
    expect(swapped('The aim is to help the chairs of SG17 and SG20 draft a report intended for TSAG.', 'en')).toEqual([]);
    expect(swapped('The aim is to help the chairs of SG17 and SG20 draft a report intended for the Council.', 'en')).toEqual([]);
    // No word of destination in the sentence: nothing to compare.
    expect(swapped('The chairs of SG17 and SG20 draft a report on the IoT security demarcation line.', 'en')).toEqual([]);
  });
});
