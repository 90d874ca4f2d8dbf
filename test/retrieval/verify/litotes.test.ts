import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { stanceOf } from '../../../retrieval/verify/polarity.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// … principalement par le biais de la liste de diffusion …, mais elles pourront également inclure des réunions virtuelles …
const MAILING_LIST = 'tsb-circ-67:annex-a:working-methods:item-4';

describe('a denied exclusion is an affirmation', () => {
  it('passes "not excluded", "not ruled out", "pas exclues", "no se descartan" against a clause that allows it', () => {
    const faithful: Array<[string, Lang]> = [
      ['Les réunions virtuelles ne sont pas exclues, l’essentiel des activités passant toutefois par la liste de diffusion [1].', 'fr'],
      ['Virtual meetings are not ruled out, although the work goes mainly through the mailing list [1].', 'en'],
      ['Virtual meetings are not excluded, although the work goes mainly through the mailing list [1].', 'en'],
      [
        'No se descartan reuniones virtuales, aunque las actividades se realizarán principalmente mediante la lista de distribución [1].',
        'es',
      ],
    ];
    for (const [text, lang] of faithful) expect(reasons(text, MAILING_LIST, lang), text).toEqual([]);
  });

  it('still reads a plain denial of what the clause allows as one', () => {
    const denied: Array<[string, Lang]> = [
      ['Virtual meetings will not be held; the work goes through the mailing list only [1].', 'en'],
      ['Les réunions virtuelles ne sont pas possibles, tout passe par la liste de diffusion [1].', 'fr'],
    ];
    for (const [text, lang] of denied) expect(reasons(text, MAILING_LIST, lang), text).not.toEqual([]);
    expect(stanceOf('Virtual meetings are excluded', 'en').negated).toBe(false);
    expect(stanceOf('Les réunions virtuelles ne sont pas prévues', 'fr').negated).toBe(true);
  });
});
