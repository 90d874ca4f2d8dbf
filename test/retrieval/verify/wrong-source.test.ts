import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../../retrieval/verify/split.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { corpusChecker, type CorpusChecker } from './corpus-checker.ts';

// Circular 67, Annex A, working methods: item 8 "Le groupe poursuivra ses activités jusqu'à ce qu'un accord soit trouvé
// par le GCNT."; item 9 "Il rendra compte de son action aux commissions d'études respectives et au GCNT jusqu'à la
// conclusion de ses travaux."
const CONTINUES = 'tsb-circ-67:annex-a:working-methods:item-8';
const REPORTS = 'tsb-circ-67:annex-a:working-methods:item-9';

let c: CorpusChecker;
beforeAll(async () => {
  c = await corpusChecker();
});
afterAll(() => c.close());

/** The reasons a one-sentence answer fails for, given its numbered sources. */
function reasons(text: string, sources: string[], lang: Lang): string[] {
  const [sentence] = splitSentences(text);
  return c.rules
    .check(
      sentence,
      sources.map((id) => c.clause(id)),
      lang,
    )
    .reasons.map((r) => `${r.code}: ${r.detail}`);
}

describe('a fact put under the wrong marker', () => {
  it('rejects a sentence its cited clause carries loosely when another source of the answer carries it far better', () => {
    // Item 9 shares "groupe", "travaux", "jusqu'à" and "GCNT" with it: enough to pass alone.
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [1].", [REPORTS], 'fr')).toEqual([]);
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [1].", [REPORTS, CONTINUES], 'fr')).toEqual([
      'wrong-source: source [2] says "Le groupe poursuivra ses travaux jusqu\'à un accord du GCNT.", not [1]',
    ]);
  });

  it('accepts the right marker, and a sentence its cited clause carries well whatever the others carry', () => {
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [2].", [REPORTS, CONTINUES], 'fr')).toEqual([]);
    const faithful = 'The group will report on its work to the respective study groups and to TSAG until its work is concluded [1].';
    expect(reasons(faithful, [REPORTS, CONTINUES], 'en')).toEqual([]);
  });
});
