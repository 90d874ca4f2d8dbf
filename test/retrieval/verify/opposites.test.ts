import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

// … un cours de formation en ligne … sur les stratégies nationales en matière de cybersécurité a été lancé en 2021 …
const COURSE = 'c25-18:s4.3';
// La première réunion du Groupe JCG-IoTSec se tiendra au siège de l'UIT à Genève, le 17 septembre 2025 …
const FIRST_MEETING = 'tsb-circ-67:p6';
const HER_CYBERTRACKS = 'c25-18:s4.5';
const REMOTE = 'tsb-circ-67:p8'; // La participation à distance sera possible via MyMeetings. …

describe('a word the clause says the opposite of', () => {
  it('rejects the opposite in the clause language', () => {
    const said = reasons('Un cours en ligne sur les stratégies internationales de cybersécurité a été lancé en 2021 [1].', COURSE, 'fr');
    // The slot rule (substitutions.ts) sees the same swap: "stratégies internationales" where the clause has "nationales".
    expect(said).toContainEqual(expect.stringMatching(/^wrong-polarity: "internationales" says the opposite of the clause's "nationales"/));
    expect(reasons('La participation à distance sera impossible via MyMeetings [1].', REMOTE, 'fr')).toContainEqual(
      expect.stringMatching(/^wrong-polarity: "impossible" says the opposite of the clause's "possible"/),
    );
  });

  it('rejects it across languages: an English word against the French clause', () => {
    expect(reasons('An online course on international cybersecurity strategies was launched in 2021 [1].', COURSE, 'en')).toEqual([
      expect.stringMatching(/^wrong-polarity: "international" says the opposite of the clause's "nationales"/),
    ]);
    expect(
      reasons(
        'The last meeting of the JCG-IoTSec will be held at ITU headquarters in Geneva on 17 September 2025 [1].',
        FIRST_MEETING,
        'en',
      ),
    ).toEqual([expect.stringMatching(/^wrong-polarity: "last" says the opposite of the clause's "première"/)]);
  });

  it('accepts the same words, and a sentence that says both', () => {
    expect(reasons('Un cours en ligne sur les stratégies nationales de cybersécurité a été lancé en 2021 [1].', COURSE, 'fr')).toEqual([]);
    expect(
      reasons(
        'The first meeting of the JCG-IoTSec will be held at ITU headquarters in Geneva on 17 September 2025 [1].',
        FIRST_MEETING,
        'en',
      ),
    ).toEqual([]);
    expect(reasons('Remote participation will be possible through MyMeetings [1].', REMOTE, 'en')).toEqual([]);
  });

  it('reads "the latter" standing alone as a pointer back, not as the opposite of "précédemment"', () => {
    // § 4.5: "… la portée géographique de cette initiative a été élargie pour inclure tous les membres … (précédemment …)".
    const reach =
      'In 2025 the Her CyberTracks initiative widened its geographic reach to every African Union member ' +
      'and to five countries of the Americas';
    expect(reasons(`${reach}, the latter in cooperation with the OAS [1].`, HER_CYBERTRACKS, 'en')).toEqual([]);
    // Before a noun it is an adjective, read as said.
    expect(reasons(`${reach}, the latter countries in cooperation with the OAS [1].`, HER_CYBERTRACKS, 'en')).toContainEqual(
      expect.stringMatching(/^wrong-polarity: "latter" says the opposite of the clause's "précédemment"/),
    );
  });
});

describe('inside a bound and outside it (Res. 95, instructs the Director of BDT 1, an unseen English resolution)', () => {
  const unseen = ruleReasons('eval/unseen/tune-en-3/corpus');
  // "to establish, within existing budgetary resources, the Accessible Rural Connectivity (ARC) programme …"
  const ARC = 'wtdc-res-95:instructs-the-director-of-bdt:1';

  it('rejects "outside" / "en dehors" / "fuera" where the clause says "within"', () => {
    for (const [text, lang] of [
      ['The ARC programme is to be established outside existing budgetary resources [1].', 'en'],
      ['Le programme ARC doit être créé en dehors des ressources budgétaires existantes [1].', 'fr'],
      ['El programa ARC se creará fuera de los recursos presupuestarios existentes [1].', 'es'],
    ] as const) {
      expect(unseen(text, ARC, lang).join(' '), text).toMatch(/says the opposite of the clause's "within"/);
    }
  });

  it('accepts the bound said the same way in another language', () => {
    const text = 'Le programme ARC doit être créé dans la limite des ressources budgétaires existantes [1].';
    expect(unseen(text, ARC, 'fr').filter((r) => r.includes('opposite'))).toEqual([]);
  });
});
