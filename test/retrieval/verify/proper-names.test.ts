import { describe, expect, it } from 'vitest';
import { missingNames } from '../../../retrieval/verify/proper-names.ts';
import { seedClauses } from '../../helpers/seed-corpus.ts';

const corpus = seedClauses().map((c) => c.text);
// Circular 67 ¶ 4: "… un espace de collaboration documentaire … (accès TIES requis)"; ¶ 5 names MyWorkspace.
const workspace = seedClauses().find((c) => c.text.includes('espace de collaboration documentaire'))!;

describe('names the corpus writes as names', () => {
  it('must be in the cited clause: a product, a service, a programme', () => {
    expect(missingNames('The document space is reachable with an ITU account with MyWorkspace access [1].', [workspace], corpus)).toEqual([
      '"MyWorkspace" is not in the cited clause',
    ]);
    expect(missingNames("L'espace est accessible avec un compte TIES [1].", [workspace], corpus)).toEqual([]);
  });

  it('leave out the frame, the entity table’s acronyms and names the corpus never writes', () => {
    const text = 'The ITU and TSAG, with the help of ZoomerTech and ACME, run the JCG-IoTSec space [1].';
    expect(missingNames(text, [workspace], corpus)).toEqual([]);
  });
});
