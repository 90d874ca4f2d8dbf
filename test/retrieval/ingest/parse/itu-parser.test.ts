import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseItuText } from '../../../../retrieval/ingest/parse/itu-parser.ts';
import type { DocumentMeta } from '../../../../retrieval/types.ts';

const manifest = JSON.parse(readFileSync('corpus/manifest.json', 'utf8')) as { documents: DocumentMeta[] };
function seed(id: string) {
  const meta = manifest.documents.find((d) => d.id === id)!;
  const source = readFileSync(`corpus/${meta.file}`, 'utf8');
  const clauses = parseItuText(source, meta);
  const byLabel = new Map(clauses.map((c) => [c.label, c]));
  return { source, clauses, byLabel, labels: clauses.map((c) => c.label) };
}
/** Seed texts keep their non-breaking spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
const fixture = (file: string, short: string): DocumentMeta => ({ id: file, file, title: file, citation: file, short, language: 'en' });

describe('TSB Circular 67 and the JCG-IoTSec terms of reference (annex A)', () => {
  const { clauses, byLabel, source } = seed('tsb-circ-67');

  it('has the numbered paragraphs 1-8 of the letter and the subject', () => {
    for (let n = 1; n <= 8; n += 1) expect(byLabel.has(`Circular 67 › ¶ ${n}`)).toBe(true);
    expect(byLabel.get('Circular 67 › ¶ 6')!.text).toMatch(/^La première réunion du Groupe JCG-IoTSec se tiendra/);
    expect(byLabel.get('Circular 67 › Subject')!.text).toMatch(/^Objet: Création du Groupe mixte/);
  });

  it('labels the annex with its own prefix: 4 objectives and 10 working methods', () => {
    const scope = clauses.filter((c) => c.label.startsWith('JCG-IoTSec ToR › Scope and objectives › ') && c.label.endsWith(' item'));
    const methods = clauses.filter((c) => c.label.startsWith('JCG-IoTSec ToR › Working methods › '));
    expect(scope).toHaveLength(4);
    expect(methods).toHaveLength(10);
    expect(byLabel.get('JCG-IoTSec ToR › Scope and objectives › 3rd item')!.text).toMatch(
      /^établir une ligne de démarcation entre les responsabilités de la CE 17/,
    );
    expect(byLabel.get('JCG-IoTSec ToR › Working methods › 6th item')!.text).toMatch(
      /^Les Coresponsables du Groupe JCG-IoTSec sont M. Bret Jordan/,
    );
  });

  it('reads the items with the lead-in that introduces them, and the quoted Action 7 with its lead-in', () => {
    expect(byLabel.get('JCG-IoTSec ToR › Scope and objectives › 1st item')!.context).toMatch(/aspects suivants:$/);
    expect(byLabel.get('JCG-IoTSec ToR › Scope and objectives › para. 2')!.text).toMatch(/^L'AMNT-24 charge les Commissions/);
    expect(byLabel.get('JCG-IoTSec ToR › Scope and objectives › para. 2')!.context).toMatch(/Mesure 7/);
  });

  it('keeps offsets that point at the clause in the source and drops bookmark markers', () => {
    const c = byLabel.get('Circular 67 › ¶ 3')!;
    expect(source.slice(c.start, c.end)).toContain(c.text);
    expect(clauses.every((x) => !x.text.includes('[bookmark'))).toBe(true);
    expect(clauses).toHaveLength(38);
  });

  it('makes the letter header, the signature and the annex title citable', () => {
    expect(byLabel.get('Circular 67 › Date')!.text).toBe('Genève, le 6 août 2025');
    expect(byLabel.get('Circular 67 › Reference')!.text).toBe('Réf.: Circulaire TSB 67');
    expect(byLabel.get('Circular 67 › Telephone')!.text).toBe('Tél.: +41 22 730 6301');
    expect(byLabel.get('Circular 67 › Fax')!.text).toBe('Télécopie: +41 22 730 5853');
    expect(byLabel.get('Circular 67 › E-mail')!.text).toBe('Courriel: tsbjcgiotsec@itu.int');
    // The addressee list is headed only by the writer's initials ("CB"); the copy list by "Copie:". Each is one clause.
    expect(byLabel.get('Circular 67 › Addressees')!.text).toMatch(
      /^Aux Administrations des États Membres de l'Union; .* travaux de l'UIT$/,
    );
    expect(byLabel.get('Circular 67 › Addressees')!.context).toContain('Destinataires');
    expect(byLabel.get('Circular 67 › Copy to')!.text).toMatch(/^Aux Présidents .* Bureaux régionaux de l'UIT$/);
    expect(byLabel.get('Circular 67 › Signature')!.text).toBe(
      '(signé) Seizo Onoe, Directeur du Bureau de la normalisation des télécommunications',
    );
    expect(byLabel.get('JCG-IoTSec ToR › Title')!.text).toMatch(
      /^Mandat du Groupe mixte .* \(Annexe D du Document TSAG-R1; Genève, 30 mai 2025\)$/,
    );
    for (const label of ['Circular 67 › Telephone', 'Circular 67 › Signature', 'JCG-IoTSec ToR › Title']) {
      const c = byLabel.get(label)!;
      expect(source.slice(c.start, c.end)).toContain(c.text.split(' ')[0]);
    }
  });
});

describe('WTSA Resolution 98 with flattened revision marks', () => {
  const { clauses, byLabel, labels } = seed('wtsa-res-98');

  it('has the preamble sections with their clause counts', () => {
    const count = (prefix: string) => labels.filter((l) => l.startsWith(prefix)).length;
    expect(count('Res. 98 › recalling › ')).toBe(6);
    expect(count('Res. 98 › considering › ')).toBe(15);
    expect(count('Res. 98 › recognizing › ')).toBe(9);
  });

  it('reads doubled letters as the new letter ("ef)" is f), keeping repeated letters apart', () => {
    expect(byLabel.get('Res. 98 › considering › f)')!.text).toMatch(/^que la recherche‑développement/);
    expect(byLabel.get('Res. 98 › considering › g)')!.text).toMatch(/^que l'Internet des objets fait intervenir/);
    expect(byLabel.get('Res. 98 › considering › k)')!.text).toMatch(/incidences sur de nombreux domaines/);
    expect(byLabel.get('Res. 98 › considering › k) (2nd occurrence)')!.text).toMatch(/différences de niveau de développement/);
    expect(byLabel.get('Res. 98 › recognizing › d)')!.text).toMatch(/^que la Commission d'études.20 est responsable/);
  });

  it('names operative sections as delegates do, and reads "23" after "2" as 3', () => {
    expect(labels.filter((l) => l.startsWith('Res. 98 › resolves to instruct SG20 › '))).toHaveLength(4);
    expect(labels.filter((l) => l.startsWith('Res. 98 › instructs the Director of TSB › '))).toHaveLength(4);
    const collab = 'Res. 98 › instructs the Director of TSB, in collaboration with the Directors of BDT and BR › ';
    expect(labels.filter((l) => l.startsWith(collab))).toEqual([`${collab}1`, `${collab}2`, `${collab}3`]);
    expect(labels.filter((l) => l.startsWith('Res. 98 › invites ITU-T members › '))).toHaveLength(6);
    expect(byLabel.get('Res. 98 › recalling › f)')!.text).toContain('Y.4702');
    expect(clauses).toHaveLength(48);
  });

  it('gives every clause a unique, stable id', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    expect(clauses.map((c) => c.id)).toContain('wtsa-res-98:considering:k-2');
  });
});

describe('Council report C25/18 (numbered sections)', () => {
  const { byLabel, labels } = seed('c25-18');
  it('has sub-paragraphs 2.1 … 6.7 as § labels and the unnumbered text of § 1', () => {
    for (const n of ['2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.7', '5.1', '5.5', '6.1', '6.7'])
      expect(labels).toContain(`C25/18 › § ${n}`);
    expect(labels.filter((l) => /› § \d\.\d$/.test(l))).toHaveLength(24);
    expect(plain(byLabel.get('C25/18 › § 2.1')!.text)).toContain('50 nouveaux sujets');
    expect(byLabel.get('C25/18 › § 1')!.text).toMatch(/^Dans le cadre de la Priorité.5/);
  });
  it('keeps an unlabelled continuation paragraph with its sub-paragraph', () => {
    expect(byLabel.get('C25/18 › § 3.1')!.text).toContain('Forum pour les équipes');
  });
});

describe('GCA guidelines (sections with lettered guidelines)', () => {
  const { byLabel, labels } = seed('c22-32-gca');
  it('puts lettered guidelines under their section', () => {
    expect(labels.filter((l) => /^GCA Guidelines › Section 3 › [a-z]\)$/.test(l))).toHaveLength(6);
    expect(labels.filter((l) => /^GCA Guidelines › Section 5 › [a-z]\)$/.test(l))).toHaveLength(10);
    expect(plain(byLabel.get('GCA Guidelines › Section 3 › b)')!.text)).toContain(
      'la CE 17 jouant un rôle de coordination ou de direction',
    );
    expect(byLabel.get('GCA Guidelines › § 1.7 › a)')!.text).toMatch(/^un document d'information/);
  });
});

describe('every document of every corpus in eval/unseen', () => {
  it('gives each clause an id of its own: a field given twice ("Contact:" per contact) is cited by its occurrence', () => {
    for (const folder of readdirSync('eval/unseen').filter((f) => existsSync(`eval/unseen/${f}/corpus/manifest.json`))) {
      const dir = `eval/unseen/${folder}/corpus`;
      const { documents } = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { documents: DocumentMeta[] };
      for (const meta of documents) {
        const ids = parseItuText(readFileSync(`${dir}/${meta.file}`, 'utf8'), meta).map((c) => c.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${folder}/${meta.file}`).toEqual([]);
      }
    }
  });
});

describe('a numbered paragraph that introduces lettered items (a liaison statement)', () => {
  const source = [
    'LIAISON STATEMENT',
    '1\tSG17 thanks the group.',
    '2\tThe physical label shows five information elements:',
    'a)\tthe name of the scheme;',
    'b)\tthe end date of the support period.',
    '3\tSG17 also informs Study Group 20.',
  ].join('\n');
  const clauses = parseItuText(source, fixture('ls.txt', 'LS'));

  it('owns them, as a dotted one does: the items are cited under it, read with it', () => {
    const a = clauses.find((c) => c.text.startsWith('the name'))!;
    expect(a.label).toBe('LS › LIAISON STATEMENT › ¶ 2 › a)');
    expect(a.context).toContain('five information elements');
    expect(clauses.find((c) => c.text.startsWith('SG17 also'))!.label).toBe('LS › LIAISON STATEMENT › ¶ 3');
  });
});

describe('WTDC-17 proposal [ACP-2]', () => {
  const { labels } = seed('wtdc17-acp-2');
  it('parses the draft resolution and the roman-numbered reasons', () => {
    expect(labels.filter((l) => l.startsWith('ACP-2 › recalling › '))).toHaveLength(6);
    expect(labels.filter((l) => l.startsWith('ACP-2 › noting › '))).toHaveLength(4);
    expect(labels.filter((l) => l.startsWith('ACP-2 › instructs the Director of BDT › '))).toHaveLength(6);
    expect(labels).toEqual(expect.arrayContaining(['ACP-2 › resolves › 1', 'ACP-2 › invites Member States › 2', 'ACP-2 › Reasons › iv)']));
  });
});

describe('resolutions in English and Spanish', () => {
  it('parses an English resolution', () => {
    const clauses = parseItuText(readFileSync('test/fixtures/en-resolution.txt', 'utf8'), fixture('en-res', 'Res. 99'));
    expect(clauses.map((c) => c.label).slice(1)).toEqual([
      'Res. 99 › recalling › a)',
      'Res. 99 › recalling › b)',
      'Res. 99 › considering › a)',
      'Res. 99 › considering › c)',
      'Res. 99 › resolves to instruct SG17 › 1',
      'Res. 99 › resolves to instruct SG17 › 2',
      'Res. 99 › instructs the Director of TSB › 1',
      'Res. 99 › invites Member States › 1',
    ]);
  });

  it('parses a Spanish resolution', () => {
    const clauses = parseItuText(readFileSync('test/fixtures/es-resolution.txt', 'utf8'), {
      ...fixture('es-res', 'Res. 98'),
      language: 'es',
    });
    expect(clauses.map((c) => c.label).slice(1)).toEqual([
      'Res. 98 › recalling › a)',
      'Res. 98 › recalling › b)',
      'Res. 98 › considering › a)',
      'Res. 98 › resolves to instruct SG20 › 1',
      'Res. 98 › resolves to instruct SG20 › 2',
      'Res. 98 › invites Member States › 1',
    ]);
    expect(clauses.find((c) => c.label.endsWith('SG20 › 2'))!.context).toContain('resuelve encargar');
  });

  it('keeps footnote text with its clause and removes the marker', () => {
    const text = 'recalling\na)\tthe Agenda[footnoteRef:2] 2 The Global Cybersecurity Agenda was launched in 2007;\n';
    const [clause] = parseItuText(text, fixture('fn', 'X'));
    expect(clause.text).toBe('the Agenda 2 The Global Cybersecurity Agenda was launched in 2007;');
  });
});

describe('lists under a numbered paragraph', () => {
  // The layout of the unseen circulars and reports: a numbered paragraph ends with a colon, dashed items follow.
  const text = [
    'Dear Sir/Madam,',
    '4\tParticipation in the workshop is open to ITU Member States and Sector Members.',
    '5\tThe objectives of the workshop are:',
    '–\tto review threats to the IoT update chain, from the build environment to the device;',
    '–\tto identify gaps in existing standards and to collect input for the draft Recommendation.',
    '6\tThe JRG-FWU was established by ITU-T Study Group 17 in collaboration with Study Group 20.',
    '–\tan item after a paragraph that introduces no list stays an item of the letter.',
  ].join('\n');
  const clauses = parseItuText(text, fixture('circ', 'Circular 214'));
  const byLabel = new Map(clauses.map((c) => [c.label, c]));

  it('labels the items under the paragraph that introduces them, counted from one, and reads them with it', () => {
    expect(byLabel.get('Circular 214 › ¶ 5 › 1st item')!.text).toMatch(/^to review threats/);
    expect(byLabel.get('Circular 214 › ¶ 5 › 2nd item')!.text).toMatch(/^to identify gaps/);
    expect(byLabel.get('Circular 214 › ¶ 5 › 2nd item')!.context).toMatch(/The objectives of the workshop are:$/);
  });

  it('ends the list at the next numbered paragraph', () => {
    expect(byLabel.get('Circular 214 › 1st item')!.text).toMatch(/^an item after a paragraph/);
    expect(byLabel.get('Circular 214 › 1st item')!.context).not.toMatch(/objectives/);
  });
});

describe('a field heading under a named heading (the GRE-5GPI terms of reference, tune-5)', () => {
  const text = [
    'Objectifs',
    'Le GRE-5GPI est chargé:',
    "–\td'établir et de tenir à jour un inventaire des réseaux 5G privés en service dans les sites industriels;",
    "–\td'élaborer la liste de contrôle de sécurité de référence destinée aux PME industrielles.",
  ].join('\n');
  const clauses = parseItuText(text, { ...fixture('tor', 'ToR'), language: 'fr' });

  it('reads the items with both: the heading the field interrupts says what they are', () => {
    const item = clauses.find((c) => c.text.startsWith("d'établir"))!;
    expect(item.label).toBe('ToR › Le GRE-5GPI est chargé › 1st item');
    expect(item.context.split('\n').slice(1)).toEqual(['Objectifs', 'Le GRE-5GPI est chargé']);
  });
});
