import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { splitSentences } from '../../../retrieval/verify/split.ts';
import type { ReasonCode } from '../../../retrieval/verify/rules.ts';
import { corpusChecker, type CorpusChecker } from './corpus-checker.ts';

let c: CorpusChecker;
beforeAll(async () => {
  c = await corpusChecker();
});
afterAll(() => c.close());

/** The rule codes a sentence fails against real corpus clauses (source [n] = ids[n - 1]). */
function fails(text: string, ids: string[], lang: Lang = 'en'): ReasonCode[] {
  const [sentence] = splitSentences(text);
  return c.rules
    .check(
      sentence,
      ids.map((id) => c.clause(id)),
      lang,
    )
    .reasons.map((r) => r.code);
}

const MEETING = 'tsb-circ-67:p6'; // 17 septembre 2025 de 13 heures à 14 heures … CE 20 … du 15 au 25 septembre 2025
const CONVENORS = 'tsb-circ-67:annex-a:working-methods:item-6';
const SG17_REPORT = 'c25-18:s2.1'; // 50 nouveaux sujets d'étude … 36 Recommandations
const CONTRIBUTIONS = 'tsb-circ-67:p8';
const GCA_S15 = 'c22-32-gca:s1.5'; // … avec l'appui de M. Stein Schjolberg, premier juge (retraité et ancien Président du Groupe HLEG) …
const OPEN_TO = 'tsb-circ-67:annex-a:working-methods:item-2'; // … ouvert aux organisations participant aux travaux des CE 17 et 20

describe('hard facts must be in the body of the cited clause', () => {
  it('accepts the same facts written another way, in another language', () => {
    expect(fails('The first JCG-IoTSec meeting runs from 13:00 to 14:00 Geneva time on 17 Sept. 2025 [1].', [MEETING])).toEqual([]);
    expect(fails('Contributions are due by 10 Sept. 2025 at tsbjcgiotsec@itu.int [1].', [CONTRIBUTIONS])).toEqual([]);
    expect(fails('The group is open to organizations taking part in the work of ITU-T SGs 17 and 20 [1].', [OPEN_TO])).toEqual([]);
    expect(fails('The co-convenors are Bret Jordan, chair of WP 2/17, and Ramy Ahmed Fathy, chair of WP 3/20 [1].', [CONVENORS])).toEqual(
      [],
    );
  });

  it('rejects a changed number, date, time, address, place or body', () => {
    expect(fails('The first meeting runs from 14:00 to 15:00 on 17 September 2025 [1].', [MEETING])).toContain('missing-value');
    expect(fails('The SG20 meeting runs from 15 to 26 September 2025 [1].', [MEETING])).toContain('missing-value');
    expect(fails('Contributions go to jcgiotsec@lists.itu.int [1].', [CONTRIBUTIONS])).toContain('missing-value');
    expect(fails('The first meeting is held during the Study Group 17 meeting [1].', [MEETING])).toContain('missing-value');
    expect(fails('The first meeting is held in Lagos [1].', [MEETING])).toContain('missing-value');
  });

  it('does not count words of the title or headings as support', () => {
    // "Genève, 17 septembre 2025" is in the circular's subject line, not in ¶ 1.
    expect(fails('The letter announces the first meeting, to be held in Geneva on 17 September 2025 [1].', ['tsb-circ-67:p1'])).toContain(
      'missing-value',
    );
    // Res. 98 resolves 1 does not name SG20: only its heading does.
    expect(fails('Study Group 20 is to develop ITU-T Recommendations [1].', ['wtsa-res-98:resolves-to-instruct-sg20:1'])).toContain(
      'missing-value',
    );
  });

  it('binds a number to what the clause counts with it', () => {
    expect(fails('SG17 established 50 new work items and approved 36 new or revised Recommendations [1].', [SG17_REPORT])).toEqual([]);
    expect(fails('SG17 established 36 new work items and approved 50 new or revised Recommendations [1].', [SG17_REPORT])).toContain(
      'wrong-entity',
    );
  });
});

describe('polarity and modality', () => {
  it('rejects a sentence that denies what the clause states, or the reverse', () => {
    expect(fails('No ITU account is needed to access the document collaboration space [1].', ['tsb-circ-67:p4'])).toContain(
      'wrong-polarity',
    );
    expect(fails('Several WTDC resolutions already address the Internet of Things [1].', ['wtdc17-acp-2:reasons:para-2'])).toContain(
      'wrong-polarity',
    );
    expect(
      fails("Il n'est pas nécessaire de s'inscrire à la liste de diffusion pour participer aux discussions [1].", ['tsb-circ-67:p5'], 'fr'),
    ).toContain('wrong-polarity');
  });

  it('accepts a negation or modal the clause shares, and rejects "may" turned into "must"', () => {
    expect(fails('The initiative is not meant to deal with the revision of the GCA [1].', ['c22-32-gca:summary:para-8'])).toEqual([]);
    expect(
      fails('The group may propose amendments to its terms of reference as needed [1].', ['tsb-circ-67:annex-a:working-methods:item-7']),
    ).toEqual([]);
    expect(
      fails('The group must propose amendments to its terms of reference as needed [1].', ['tsb-circ-67:annex-a:working-methods:item-7']),
    ).toContain('wrong-polarity');
  });

  it('reads "regardless of" what the clause makes a thing depend on as a denial', () => {
    const MARKET = 'wtsa-res-98:considering:g'; // … mener des travaux de normalisation dans ces domaines en fonction des besoins du marché
    expect(fails('Standardization work in these areas should be carried out according to market needs [1].', [MARKET])).toEqual([]);
    expect(fails('Standardization work in these areas should be carried out regardless of market needs [1].', [MARKET])).toContain(
      'wrong-polarity',
    );
    const fr = 'Les travaux de normalisation dans ces domaines devraient être menés indépendamment des besoins du marché [1].';
    expect(fails(fr, [MARKET], 'fr')).toContain('wrong-polarity');
  });

  it('reads each coordinated statement against its own clause sentence', () => {
    // … peut être consultée à l'adresse … Il convient pour ce faire de disposer d'un compte UIT avec accès TIES.
    const PAGE = 'tsb-circ-67:p4';
    const page = 'The JCG-IoTSec web page can be consulted at https://www.itu.int/en/ITU-T/jcg/iotsec';
    expect(fails(`${page}, and using the document collaboration space requires an ITU account with TIES access [1].`, [PAGE])).toEqual([]);
    expect(fails(`${page}, and the collaboration space must be reached through MyMeetings [1].`, [PAGE])).not.toEqual([]);
    expect(fails(`${page}, but a TIES account is not needed for the collaboration space [1].`, [PAGE])).toContain('wrong-polarity');
  });

  it('accepts sentences on clauses whose "non" or "sans" is a prefix, not a denial', () => {
    const oewg = 'ITU continued to work with stakeholders in the framework of the open-ended working group on security of ICTs [1].';
    expect(fails(oewg, ['c25-18:s5.4'])).toEqual([]);
    const lldc = 'Particular attention should be paid to developing countries, LDCs, SIDS and landlocked developing countries [1].';
    expect(fails(lldc, ['wtdc17-acp-2:noting:d'])).toEqual([]);
  });
});

describe('durations and exclusivity', () => {
  const NOTICE = 'tsb-circ-67:annex-a:working-methods:item-5'; // … par courrier électronique au moins une semaine à l'avance.
  const OPEN = 'tsb-circ-67:annex-a:working-methods:item-2'; // … ouvert aux organisations participant aux travaux des CE 17 et 20 …

  it('reads "une semaine", "un mes" as durations of one: a bound flipped or another unit is unsupported', () => {
    expect(fails("L'annonce des réunions se fera par courrier électronique au plus une semaine à l'avance [1].", [NOTICE], 'fr')).toContain(
      'missing-value',
    );
    expect(fails('Las reuniones se anunciarán por correo electrónico con al menos un mes de antelación [1].', [NOTICE], 'es')).not.toEqual(
      [],
    );
    expect(fails('Meetings are announced by e-mail at least one week in advance [1].', [NOTICE])).toEqual([]);
  });

  it('rejects a frequency the clause does not give', () => {
    const REPORTS = 'tsb-circ-67:annex-a:working-methods:item-9'; // Il rendra compte … jusqu'à la conclusion de ses travaux.
    expect(
      fails("Il rendra compte de son action aux commissions d'études respectives et au GCNT une fois par an [1].", [REPORTS], 'fr'),
    ).toContain('missing-value');
    expect(fails('It reports to the study groups concerned and to TSAG every year [1].', [REPORTS])).toContain('missing-value');
    expect(
      fails("Il rendra compte aux commissions d'études respectives et au GCNT jusqu'à la conclusion de ses travaux [1].", [REPORTS], 'fr'),
    ).toEqual([]);
  });

  it('rejects "only" where the clause does not restrict, in each language', () => {
    expect(fails('Le Groupe JCG-IoTSec est ouvert uniquement aux États Membres [1].', [OPEN], 'fr')).toContain('wrong-polarity');
    expect(
      fails("Le Groupe JCG-IoTSec n'est ouvert qu'aux organisations participant aux travaux de la CE 17 [1].", [OPEN], 'fr'),
    ).toContain('wrong-polarity');
    expect(fails('Only organisations taking part in SG17 and SG20 work may join the JCG-IoTSec [1].', [OPEN])).toContain('wrong-polarity');
    expect(fails('The JCG-IoTSec is open to organisations taking part in the work of SG17 and SG20 [1].', [OPEN])).toEqual([]);
  });
});

describe('the cited document’s own names', () => {
  const CIRT = 'c25-18:s3.1'; // Jusqu'à présent, l'UIT a fourni une assistance à 85 pays … (a report to the Council)
  const OPEN = 'tsb-circ-67:annex-a:working-methods:item-2'; // … ouvert aux organisations participant aux travaux des CE 17 et 20 …

  it('are citations, not claims: any of them, with its parts or revision, needs no support', () => {
    expect(fails('C25/18 reports that ITU has assisted 85 countries with cybersecurity readiness assessments [1].', [CIRT])).toEqual([]);
    expect(
      fails('Under TSB Circular 67, the JCG-IoTSec is open to organisations taking part in the work of SG17 and SG20 [1].', [OPEN]),
    ).toEqual([]);
    expect(
      fails('Resolution 98 (Rev. Geneva, 2022) recognizes that Study Group 20 is responsible for studies on the Internet of Things [1].', [
        'wtsa-res-98:recognizing:d',
      ]),
    ).toEqual([]);
  });

  it('in any of the three languages, whatever language the manifest names them in', () => {
    const REPORTS = 'wtsa-res-98:instructs-the-director-of-tsb-in-collaboration-with-the-directors-of-bdt-and-br:1';
    const said = 'elaborar informes que tengan en cuenta las necesidades de los países en desarrollo, para evitar duplicaciones [1].';
    expect(fails(`La Resolución 98 pide ${said}`, [REPORTS], 'es')).toEqual([]);
    expect(
      fails(`La Rés. 98 demande d'élaborer des rapports tenant compte des besoins des pays en développement [1].`, [REPORTS], 'fr'),
    ).toEqual([]);
    // Another resolution is still a claim the clause must hold.
    expect(fails(`La Resolución 97 pide ${said}`, [REPORTS], 'es')).toContain('missing-value');
  });

  it("and the cited clause's own label: a pointer at it is a citation too, but not a pointer at another part", () => {
    const COURSE = 'c25-18:s4.3'; // … lancé en 2021 et suivi en 2023 par plus de 730 participants issus de 131 pays …
    const said = 'un cours en ligne sur les stratégies nationales de cybersécurité, lancé en 2021, a réuni plus de 730 participants [1].';
    expect(fails(`Comme l'indique le § 4.3, ${said}`, [COURSE], 'fr')).toEqual([]);
    expect(
      fails(`As paragraph 4.3 says, an online course on national cybersecurity strategies was launched in 2021 [1].`, [COURSE]),
    ).toEqual([]);
    expect(fails(`Comme l'indique le § 4.4, ${said}`, [COURSE], 'fr')).not.toEqual([]);
  });

  it('do not let a sentence give the issuer or addressee a role the clause does not', () => {
    // C25/18 is a report *to* the Council; the circular is the TSB's: neither body is in these clauses.
    expect(fails('The Council asked ITU to assist 85 countries with CIRT readiness assessments [1].', [CIRT])).toContain('missing-value');
    expect(
      fails(
        "Il s'agit d'aider le Directeur du TSB à élaborer un rapport sur la ligne de démarcation pour la sécurité de l'IoT [1].",
        ['tsb-circ-67:annex-a:scope-and-objectives:para-4'],
        'fr',
      ),
    ).toContain('missing-value');
  });
});

describe('entity roles', () => {
  it('rejects giving a person the role or working party the clause gives another', () => {
    expect(fails('Ramy Ahmed Fathy chairs WP 2/17 [1].', ['tsb-circ-67:p3'])).toContain('wrong-entity');
    expect(fails('Bret Jordan chairs WP 2/17 [1].', ['tsb-circ-67:p3'])).toEqual([]);
    expect(fails('Bret Jordan was nominated by SG17 and Ramy Ahmed Fathy by SG20 [1].', [CONVENORS])).toEqual([]);
    expect(
      fails('The Secretary-General thanked Mr Noboru Nakatani for his contributions on Pillars 2 and 4 [1].', ['c22-32-gca:s1.5']),
    ).toContain('wrong-entity');
  });

  it('rejects making a study group a co-convenor where the clause names people, designated by the study groups', () => {
    expect(fails('Study Group 20 is a co-convenor of the JCG-IoTSec [1].', ['tsb-circ-67:p3'])).toContain('wrong-entity');
    expect(fails('Bret Jordan is a co-convenor of the JCG-IoTSec [1].', ['tsb-circ-67:p3'])).toEqual([]);
    // A body before a role word without a copula names whose role it is, not who holds it: "the HLEG chair".
    expect(fails('The guidelines were drafted with the support of Mr Stein Schjolberg, former HLEG chair [1].', [GCA_S15])).toEqual([]);
    expect(fails('The HLEG was the chair [1].', [GCA_S15])).toContain('wrong-entity');
    expect(fails('Bret Jordan and Ramy Ahmed Fathy were designated by SG17 and SG20 respectively [1].', ['tsb-circ-67:p3'])).toEqual([]);
    expect(fails('Bret Jordan and Ramy Ahmed Fathy were designated by SG20 and SG17 respectively [1].', ['tsb-circ-67:p3'])).toContain(
      'wrong-entity',
    );
  });

  it('rejects giving a study group the responsibility the clause gives another', () => {
    expect(fails('Study Group 20 is responsible for studies on the Internet of Things [1].', ['wtsa-res-98:recognizing:d'])).toEqual([]);
    expect(fails('Study Group 17 is responsible for studies on the Internet of Things [1].', ['wtsa-res-98:recognizing:d'])).toContain(
      'missing-value',
    );
  });
});
