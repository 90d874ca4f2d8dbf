/**
 * Rules met on documents the product was not written for (eval/unseen/): a clause that sets two statements against
 * each other, and acronyms a document defines itself.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

describe('a clause that sets two statements against each other (Res. 214, noting c), an unseen French resolution)', () => {
  const reasons = ruleReasons('eval/unseen/tune/corpus');
  const NOTING_C = 'wtsa-res-214:noting:c'; // "… est la première étape de toute migration, mais qu'il n'existe … aucune norme …"

  it('says each with its own stance: a sentence that keeps both stances passes', () => {
    const kept =
      'There is not yet any international standard on the format of such an inventory, ' +
      'even though it is the first step of any migration [1].';
    expect(reasons(kept, NOTING_C, 'en').filter((r) => r.startsWith('wrong-polarity'))).toEqual([]);
  });

  it('still rejects the statement whose stance is flipped', () => {
    const flipped = "Une norme internationale sur le format de l'inventaire des actifs cryptographiques existe déjà [1].";
    expect(reasons(flipped, NOTING_C, 'fr').join(' ')).toContain('wrong-polarity');
  });
});

describe('an acronym the document defines (Circular 140, an unseen English circular)', () => {
  const reasons = ruleReasons('eval/unseen/tune-en/corpus');

  it('is held by a clause that writes it out', () => {
    const text = 'Le comité de programme est présidé par Mme Kadri Lepik (BDTI, Estonie) [1].';
    expect(reasons(text, 'tsb-circ-140:p10', 'fr').filter((r) => r.includes('BDTI'))).toEqual([]);
  });

  it('is not held by a clause that neither names it nor writes it out', () => {
    const text = 'La BDTI organise la séance de clôture [1].';
    expect(reasons(text, 'tsb-circ-140:p12', 'fr').join(' ')).toContain('"BDTI" is not in the cited clause');
  });
});

describe('a number the clause writes after "the number of …" (Res. 217, considering a), an unseen English resolution)', () => {
  const reasons = ruleReasons('eval/unseen/tune-en/corpus');
  const CONSIDERING_A = 'pp-res-217:considering:a'; // "the number of non-geostationary satellites in operation exceeded 11 400 …"

  it('counts what comes before it', () => {
    const text = 'Fin 2025, plus de 11 400 satellites non géostationnaires étaient en service [1].';
    expect(reasons(text, CONSIDERING_A, 'fr').filter((r) => r.includes('11 400'))).toEqual([]);
  });
});

describe('statements a semicolon parts in a clause sentence (Circular 214, ¶ 3, an unseen English circular)', () => {
  const reasons = ruleReasons('eval/unseen/val-3-en/corpus');
  const P3 = 'tsb-circular-214-fwu-workshop:p3'; // "… Remote participation will be possible …; interpretation will not be provided."
  const polarity = (text: string, lang: 'en' | 'fr') => reasons(text, P3, lang).filter((r) => r.startsWith('wrong-polarity'));

  it('are each said with their own stance, and a cause after a comma is a statement of its own', () => {
    const because = 'No interpretation will be offered at either event, since discussions are held in English only [1].';
    expect(polarity(because, 'en')).toEqual([]);
    expect(polarity('Remote participation will be possible for both events via MyMeetings [1].', 'en')).toEqual([]);
  });

  it('still reject the statement whose stance is flipped', () => {
    expect(polarity('Interpretation will be provided at both events [1].', 'en')).not.toEqual([]);
    // Before, the whole sentence denied, so this denial passed.
    expect(polarity('Remote participation will not be possible for either event [1].', 'en')).not.toEqual([]);
  });
});

describe('a thing said to be missing (Res. 104 Windhoek, noting a), an unseen French resolution)', () => {
  const reasons = ruleReasons('eval/unseen/val-3/corpus');
  const NOTING_A = 'amnt-res-104-windhoek-2026:noting:a'; // "que l'absence de méthode commune de notification … entrave l'échange …"

  it('is said by "without" / "lack of": no denial of what the clause affirms', () => {
    const text =
      'Resolution 104 notes that, without a common method for reporting port IoT security incidents, information ' +
      'exchange between port authorities, terminal operators and national CIRTs is hampered [1].';
    expect(reasons(text, NOTING_A, 'en').filter((r) => r.startsWith('wrong-polarity'))).toEqual([]);
  });

  it('is not said by a sentence that gives the method', () => {
    const text = 'Resolution 104 notes that a common method for reporting port IoT security incidents already exists [1].';
    expect(reasons(text, NOTING_A, 'en').join(' ')).toContain('wrong-polarity');
  });
});

describe('roles a French resolution gives study groups (Res. 104 Windhoek, recognizing a))', () => {
  const reasons = ruleReasons('eval/unseen/val-3/corpus');
  // "que la Commission d'études 17 de l'UIT-T est la commission d'études directrice pour la sécurité et que la Commission
  // d'études 20 de l'UIT-T est responsable des études relatives à l'Internet des objets …"
  const RECOGNIZING_A = 'amnt-res-104-windhoek-2026:recognizing:a';

  it('are held by the study group, not by the sector named after it, and "directrice" is the lead', () => {
    const swapped = 'Res. 104 recognizes Study Group 20 as the lead study group for security, with Study Group 17 responsible for IoT [1].';
    expect(reasons(swapped, RECOGNIZING_A, 'en').join(' ')).toContain('wrong-entity');
  });

  it('pass when given as the clause gives them', () => {
    const kept = 'Res. 104 recognizes Study Group 17 as the lead study group for security, with Study Group 20 responsible for IoT [1].';
    expect(reasons(kept, RECOGNIZING_A, 'en').filter((r) => r.startsWith('wrong-entity'))).toEqual([]);
  });
});

describe('an acronym the corpus defines, in a clause that writes it out (FG-SecPort report, § 6.4)', () => {
  const reasons = ruleReasons('eval/unseen/val-3/corpus');
  // "… deux déclarations de liaison: l'une adressée à l'Organisation maritime internationale (…), l'autre à la CE 20 …";
  // the resolution defines "l'Organisation maritime internationale (OMI)".
  const S6_4 = 'fg-secport-r-01:s6.4';

  it('carries the part of the sentence that names it by the acronym', () => {
    const text = "Le Groupe a approuvé deux déclarations de liaison, l'une destinée à l'OMI et l'autre à la CE 20 [1].";
    expect(reasons(text, S6_4, 'fr')).toEqual([]);
  });

  it('carries no other acronym', () => {
    const text = "Le Groupe a approuvé deux déclarations de liaison, l'une destinée à l'OIT et l'autre à la CE 20 [1].";
    expect(reasons(text, S6_4, 'fr')).not.toEqual([]);
  });
});

describe('a third set of unseen documents (val-4, val-4-en)', () => {
  const en = ruleReasons('eval/unseen/val-4-en/corpus');
  const fr = ruleReasons('eval/unseen/val-4/corpus');

  it('reads "Working Group 2" as a name, not a count, in the clause and the sentence', () => {
    // § 4.3: "Working Group 2 prepared the first draft of deliverable D3 …"
    const text = 'Le groupe de travail 2 du FG-DNSAM a préparé le premier projet du livrable D3 [1].';
    expect(en(text, 'sg17-td0412-fgdnsam-report:s4.3', 'fr').filter((r) => r.startsWith('wrong-entity'))).toEqual([]);
  });

  it('reads "secondé par" as "assisted by", not as the ordinal "seconde"', () => {
    // § 1.1: "… présidée par M. Tomás Ibarrola Quintero (Uruguay), assisté des deux Vice-Présidentes, Mme Wanjiru Kabaiku …"
    const text = 'Le Groupe est présidé par M. Tomás Ibarrola Quintero (Uruguay), secondé par Mme Wanjiru Kabaiku (Kenya) [1].';
    expect(fr(text, 'ge-simsfm-r1-rapport-activite:s1.1', 'fr').join(' ')).not.toContain('seconde');
  });

  it('holds each statement a clause joins with ", and that" to its own stance', () => {
    // Recognizing a): "that the policies … are developed outside ITU, and that nothing in this resolution shall be
    // construed as affecting those policies"
    const a = 'wtsa-res118-dns-abuse:recognizing:a';
    const kept =
      'Nothing in Resolution 118 is to be read as affecting the policies for generic top-level domains, ' +
      'which are developed outside ITU [1].';
    expect(en(kept, a, 'en').filter((r) => r.startsWith('wrong-polarity'))).toEqual([]);
    const flipped = 'Resolution 118 notes that the policies for generic top-level domains are not developed outside ITU [1].';
    expect(en(flipped, a, 'en').join(' ')).toContain('wrong-polarity');
  });

  it('reads "dollars des États-Unis" as the currency USD, and no place', () => {
    // Considering d): "… les pertes déclarées … ont dépassé 1,3 milliard USD en 2025"
    const text = 'En 2025, les pertes déclarées ont dépassé 1 300 millions de dollars des États-Unis [1].';
    expect(fr(text, 'c26-res1491-fraude-echange-sim:considering:d', 'fr')).toEqual([]);
    const wrong = 'En 2025, les pertes déclarées ont dépassé 1 300 millions de francs suisses [1].';
    expect(fr(wrong, 'c26-res1491-fraude-echange-sim:considering:d', 'fr')).not.toEqual([]);
  });
});

describe('codes, counts and bounds of an unseen report and circular (FG-MAP, tune-4; JCA-SCR, tune-en-4)', () => {
  const fr = ruleReasons('eval/unseen/tune-4/corpus');
  const en = ruleReasons('eval/unseen/tune-en-4/corpus');
  // § 4.2: "… en créant les produits FG-MAP-D2.2 et FG-MAP-D3.2, et a approuvé le projet de rapport FG-MAP-D2.1 …"
  const S4_2 = 'sg16-td1187-fgmap-report:s4.2';

  it('finds a code given without its group prefix ("D2.2" for "FG-MAP-D2.2"), not another code', () => {
    const text = 'At its second meeting, FG-MAP created D2.2 and D3.2 and approved D2.1 as an advanced draft [1].';
    expect(fr(text, S4_2, 'en').filter((r) => r.includes('is not in the cited clause'))).toEqual([]);
    expect(fr('At its second meeting, FG-MAP created D2.4 [1].', S4_2, 'en').join(' ')).toContain('"d2.4" is not in the cited clause');
  });

  it('reads a count of people ("its three Vice-Conveners") as a set, not as the attribute of the person named before it', () => {
    // § 3.1: "The first meeting confirmed Ms Ingrid Solheim (Norway) as Convener … and appointed three Vice-Conveners: …"
    const text = 'The first meeting named Mr Tevita Fonua, Ms Dalia Mansour and Mr Hiroki Tanabe as its three Vice-Conveners [1].';
    expect(en(text, 'tsag-td0219-jcascr-report:s3.1', 'en')).toEqual([]);
  });

  it('reads a denied excess ("no Member State may receive more than one") as the clause\'s bound', () => {
    // ¶ 9: "… à raison d'une bourse au maximum par État Membre."
    const text = 'No Member State may receive more than one of the partial fellowships made possible by ASRN [1].';
    expect(fr(text, 'tsb-circular-41:p9', 'en').filter((r) => r.startsWith('wrong-polarity'))).toEqual([]);
  });
});

describe('the meeting a document is about, named by its place or its study group (Collective letter 4/11, FG-AI4NDM-R-002)', () => {
  const reasons = ruleReasons('eval/unseen/tune-3/corpus');
  // FG-AI4NDM-R-002 (title: "… second meeting of … (FG-AI4NDM), Tokyo, 12-14 May 2026"), § 6.5: "… a clos la réunion le
  // 14 mai 2026 à 17 h 15."
  const CLOSED = 'fg-ai4ndm-r-002:s6.5';
  // Collective letter 4/11 (title: "…: Meeting of ITU-T Study Group 11 …"), ¶ 2: "La réunion s'ouvrira le mardi 15
  // septembre 2026 à 9 h 30, dans la salle C2 (bâtiment de la Tour). …"
  const OPENS = 'tsb-coll-4-11:p2';

  it('reads "the Tokyo meeting", "la reunión de Tokio" as which meeting, when the title names the place', () => {
    expect(reasons('The Chair closed the Tokyo meeting on 14 May 2026 at 17:15 [1].', CLOSED, 'en')).toEqual([]);
    expect(reasons('La presidenta clausuró la reunión de Tokio el 14/05/2026 a las 17:15 [1].', CLOSED, 'es')).toEqual([]);
  });

  it('still checks the place said as a claim, or a place the title does not name', () => {
    expect(reasons('The meeting was closed in Tokyo on 14 May 2026 [1].', CLOSED, 'en').join(' ')).toContain(
      '"tokyo" is not in the cited clause',
    );
    expect(reasons('The Chair closed the Lisbon meeting on 14 May 2026 [1].', CLOSED, 'en').join(' ')).toContain('"lisbon"');
  });

  it('reads the group a meeting report is of as context: "… second meeting of … (FG-AI4NDM), Tokyo"', () => {
    expect(reasons('The FG-AI4NDM Chair closed the Tokyo meeting on 14 May 2026 at 17:15 [1].', CLOSED, 'en')).toEqual([]);
    expect(reasons('The SG11 Chair closed the Tokyo meeting on 14 May 2026 at 17:15 [1].', CLOSED, 'en').join(' ')).toContain('sg11');
  });

  it('reads the study group of the subject after the colon as context ("the SG11 meeting"), not another one', () => {
    expect(reasons('The SG11 meeting opens on 15 September 2026 at 09:30 in Room C2 [1].', OPENS, 'en')).toEqual([]);
    expect(reasons('The SG13 meeting opens on 15 September 2026 at 09:30 in Room C2 [1].', OPENS, 'en').join(' ')).toContain('sg13');
  });
});

/** One corpus of two: French and English documents side by side, as `scripts/unseen-verify.sh` puts them. */
function together(...dirs: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'iotsec-two-corpora-'));
  const documents = dirs.flatMap((d) => {
    cpSync(join(d, 'documents'), join(out, 'documents'), { recursive: true });
    return (JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as { documents: unknown[] }).documents;
  });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: 1, documents }));
  return out;
}

describe('opposites in the language of the clause (Circular 047, tune-5, beside the English tune-en-5)', () => {
  const corpus = together('eval/unseen/tune-5/corpus', 'eval/unseen/tune-en-5/corpus');
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));
  const reasons = ruleReasons(corpus);
  const P6 = 'bdt-circ-dnr-cyb-047:p6'; // "… au plus tard le 27/05/2030 … Les contributions reçues après cette date …"

  it('reads no English translation of an antonym as a word of the French clause ("passé": "actuel", "up to date")', () => {
    const after = 'Passé le 27 mai 2030, les contributions reçues ne seront publiées que pour information [1].';
    expect(reasons(after, P6, 'fr').filter((r) => r.includes('opposite'))).toEqual([]);
  });

  it('binds each of two counts joined by "et" to its own words, past the verb ("48 étaient présents sur place et 64 …")', () => {
    const S222 = 'itud-sg2-doc318-gre-5gpi-report:s2.2.2'; // "… 112 participants (64 sur place et 48 à distance) …"
    const said = (a: number, b: number) => `Sur les 112 participants, ${a} étaient présents sur place et ${b} ont suivi à distance [1].`;
    expect(reasons(said(64, 48), S222, 'fr')).toEqual([]);
    expect(reasons(said(48, 64), S222, 'fr').join(' ')).toContain('"48 presents sur place": the clause gives 64 for that');
  });

  it('finds "the 3.8-4.2 GHz band" in "la bande 3 800-4 200 MHz", and not "the 3.6-4.2 GHz band"', () => {
    const S42 = 'itud-sg2-doc318-gre-5gpi-report:s4.2';
    const band = (from: string) => `Nine of the 13 countries use all or part of the ${from}-4.2 GHz band [1].`;
    expect(reasons(band('3.8'), S42, 'en')).toEqual([]);
    expect(reasons(band('3.6'), S42, 'en').join(' ')).toContain('"3.6" is not in the cited clause');
  });
});

describe('the agent of a passive (the FG-EVCSec report, tune-en-5: "WG2 …, chaired by Ms Beatriz Salcedo Ortega; and WG3 …")', () => {
  const reasons = ruleReasons('eval/unseen/tune-en-5/corpus');
  const S213 = 'tsag-td387-fg-evcsec-report:s2.1.3';

  it('owns the working group the passive follows: a sentence giving WG2 to the chair of WG3 is rejected', () => {
    const chaired = (wg: string) =>
      `Working group ${wg}, on charging station and back-end security, is chaired by Mr Kwabena Asante-Boateng [1].`;
    expect(reasons(chaired('WG2'), S213, 'en').join(' ')).toContain('"wg2" belongs to ortega in the clause');
    expect(reasons(chaired('WG3'), S213, 'en')).toEqual([]);
  });
});
