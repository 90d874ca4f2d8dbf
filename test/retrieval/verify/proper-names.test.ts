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

  it('are held by the words the corpus defines them by, and by what `holds` knows of them', () => {
    // An unseen English circular defines BDTI in its first paragraph; the programme paragraph writes the institute out.
    const texts = [
      'ITU is organizing a workshop co-organized with the Baltic Digital Trust Institute (BDTI), in Tallinn.',
      'The programme committee is chaired by Ms Kadri Lepik (Baltic Digital Trust Institute, Estonia).',
      'The BDTI hosts the event.',
    ];
    const programme = { text: texts[1] };
    expect(missingNames('Le comité est présidé par Mme Kadri Lepik (BDTI) [1].', [programme], texts)).toEqual([]);
    // A hyphenated acronym spelled by hyphenated words, linking words skipped.
    const team = ['to establish an Inter-Sector Coordination Team on Non-Terrestrial Networks Security (ISCT-NTNS);', 'ISCT-NTNS.'];
    const ofTeam = { text: 'the Inter-Sector Coordination Team on Non-Terrestrial Networks Security shall meet' };
    expect(missingNames('The ISCT-NTNS shall meet [1].', [ofTeam], team)).toEqual([]);
    // Another clause, which neither names nor writes out the acronym, does not hold it.
    expect(missingNames('La BDTI accueille l’atelier [1].', [{ text: 'The workshop will be held in Tallinn.' }], texts)).toEqual([
      '"BDTI" is not in the cited clause',
    ]);
    // The glossary's forms, through `holds` ("TIC" is "ICTs").
    const ict = { text: 'on building confidence and security in the use of ICTs' };
    expect(missingNames('la confiance dans l’utilisation des TIC [1]', [ict], ['TIC', ict.text], (n) => n === 'TIC')).toEqual([]);
  });
});
