import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterParts } from '../../../../retrieval/ingest/parse/letter-parts.ts';
import { splitLines } from '../../../../retrieval/ingest/parse/lines.ts';

const CIRCULAR = readFileSync('corpus/documents/000_65ebfd557cc5fabf.txt', 'utf8');
/** [label, text] of each part, white space read as plain spaces (the seed text keeps its non-breaking ones). */
const parts = (text: string) => letterParts(splitLines(text), 'fr').map((p) => [p.label, p.text.replace(/[^\S\t]+/g, ' ')]);

describe('the parts of TSB Circular 67', () => {
  const found = letterParts(splitLines(CIRCULAR), 'fr');

  it('are its place-and-date line, its header fields, its addressee and copy lists and its signature', () => {
    expect(parts(CIRCULAR)).toEqual([
      [
        'Addressees',
        "Aux Administrations des États Membres de l'Union; Aux Membres du Secteur de l'UIT-T; " +
          "À l'État de Palestine (Rés. 99 (Rév. Dubaï, 2018)); Aux Associés de l'UIT-T; " +
          "Aux établissements universitaires participant aux travaux de l'UIT",
      ],
      [
        'Copy to',
        "Aux Présidents et Vice-Présidents des Commissions d'études; " +
          'Au Directeur du Bureau de développement des télécommunications; Au Directeur du Bureau des radiocommunications; ' +
          "Aux Directeurs des Bureaux régionaux de l'UIT",
      ],
      ['Heading', 'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS BUREAU DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS'],
      ['Date', 'Genève, le 6 août 2025'],
      ['Reference', 'Réf.: Circulaire TSB 67'],
      ['Telephone', 'Tél.: +41 22 730 6301'],
      ['Fax', 'Télécopie: +41 22 730 5853'],
      ['E-mail', 'Courriel: tsbjcgiotsec@itu.int'],
      [
        'Subject',
        "Objet: Création du Groupe mixte de travail par correspondance sur la sécurité de l'Internet des objets (IoT) " +
          '(JCG-IoTSec) et tenue de sa première réunion (Genève, 17 septembre 2025)',
      ],
      ['Signature', '(signé) Seizo Onoe, Directeur du Bureau de la normalisation des télécommunications'],
    ]);
  });

  it('stop a field’s value at the writer’s initials ("CB") and a signature at the annex', () => {
    const reference = found.find((p) => p.label === 'Reference')!;
    expect(reference.lines).toHaveLength(2);
    const signature = found.find((p) => p.label === 'Signature')!;
    expect(signature.lines).toHaveLength(4);
    expect(CIRCULAR.slice(signature.start, signature.end)).not.toMatch(/Annexe/);
  });

  it('keep the offsets and lines they were read from', () => {
    for (const p of found) {
      const span = CIRCULAR.slice(p.start, p.end);
      for (const word of p.text.split(/[\s:,]+/).filter((w) => w.length > 3)) expect(span, p.label).toContain(word);
      expect(p.lines).toEqual([...p.lines].sort((a, b) => a - b));
    }
  });
});

describe('letter parts in English and Spanish', () => {
  it('read the heading lines a document opens with, up to the first heading a paragraph follows', () => {
    const report = readFileSync('corpus/documents/002_41519fdd634dc962.txt', 'utf8');
    const [heading] = parts(report);
    expect(heading[0]).toBe('Heading');
    expect(heading[1]).toMatch(/^Rapport de la Secrétaire générale ACTIVITÉS DE L'UIT RELATIVES AU RENFORCEMENT DU RÔLE DE L'UNION/);
    expect(heading[1]).not.toContain('Objet');
    // A summary heading with its text, a preamble line ending in a comma: no heading lines of their own.
    for (const file of ['003_5c0d5e14e19b099c.txt', '001_e57788b7ed8e6d7d.txt', '004_9857f300e7591540.txt'])
      expect(
        parts(readFileSync(`corpus/documents/${file}`, 'utf8')).map(([label]) => label),
        file,
      ).not.toContain('Heading');
  });

  it('read the header fields and signature of an English letter', () => {
    const letter = [
      'INTERNATIONAL TELECOMMUNICATION UNION',
      '',
      'Geneva, 6 August 2025',
      '',
      'Our ref:',
      'TSB Circular 67',
      'CB',
      'Tel: +41 22 730 6301',
      'Fax:',
      '+41 22 730 5853',
      '',
      'Dear Sir/Madam,',
      '1\tText.',
      '(signed)',
      'Seizo Onoe',
      'Director of the Telecommunication',
      'Standardization Bureau',
      'Annex: 1',
    ].join('\n');
    expect(parts(letter)).toEqual([
      ['Heading', 'INTERNATIONAL TELECOMMUNICATION UNION'],
      ['Date', 'Geneva, 6 August 2025'],
      ['Reference', 'Our ref: TSB Circular 67'],
      ['Telephone', 'Tel: +41 22 730 6301'],
      ['Fax', 'Fax: +41 22 730 5853'],
      ['Signature', '(signed) Seizo Onoe, Director of the Telecommunication Standardization Bureau'],
    ]);
  });

  it('read the header fields and signature of a Spanish letter', () => {
    const letter = [
      'Ginebra, 6 de agosto de 2025',
      'Asunto: Creación del JCG-IoTSec',
      'Correo electrónico: tsbjcgiotsec@itu.int',
      'Teléfono:',
      '+41 22 730 6301',
      '',
      '(firmado)',
      'Seizo Onoe',
      '',
      'Anexo',
    ].join('\n');
    expect(parts(letter)).toEqual([
      ['Date', 'Ginebra, 6 de agosto de 2025'],
      ['Subject', 'Asunto: Creación del JCG-IoTSec'],
      ['E-mail', 'Correo electrónico: tsbjcgiotsec@itu.int'],
      ['Telephone', 'Teléfono: +41 22 730 6301'],
      ['Signature', '(firmado) Seizo Onoe'],
    ]);
  });

  it('give no part for a field without a value: its next line is a list, a field or blank (a copy list is a list)', () => {
    expect(parts('E-mail:\n– To Administrations of Member States')).toEqual([]);
    expect(parts('Fax:\nContact:\n\nx')).toEqual([]);
    expect(parts('Copie:\n– Aux Présidents')).toEqual([['Copy to', 'Aux Présidents']]);
    expect(parts('(signed)\n\nSeizo Onoe')).toEqual([]);
  });

  it('read header fields only in the first 60 lines and the last 25 (a closing contact block)', () => {
    expect(parts(`${'text\n'.repeat(60)}Tel: +41 22 730 6301${'\ntext'.repeat(30)}`)).toEqual([]);
  });

  // Bug: a value line stops at a field line only when that field's value is on the next line
  // ("Subject:"), not when it is inline ("Subject:\tCreation …"), which then becomes part of
  // the value of the field above.
  it('stop a field’s value at the next field when that field has its value inline', () => {
    expect(parts('Contact:\nMr Bret Jordan\nSubject:\tCreation of the JCG-IoTSec')).toEqual([
      ['Contact', 'Contact: Mr Bret Jordan'],
      ['Subject', 'Subject:\tCreation of the JCG-IoTSec'],
    ]);
  });
});

describe("a report's contact block at its end", () => {
  it('holds the contact’s telephone and e-mail with the name, as a contact block in a header does', () => {
    const body = Array.from({ length: 70 }, (_, i) => `${i + 1}.1\tParagraphe ${i + 1} du rapport du groupe régional.`);
    const person = 'Sélom Akakpo-Lawson, Président du GRE-5GPI';
    const contact = ['Contact:', person, 'Tél.: +228 22 61 47 03', 'Courriel: s.akakpo-lawson@ansni.tg'];
    const text = [...body, ...contact];
    expect(parts(text.join('\n'))).toEqual([
      ['Contact', 'Contact: Sélom Akakpo-Lawson, Président du GRE-5GPI Tél.: +228 22 61 47 03 Courriel: s.akakpo-lawson@ansni.tg'],
    ]);
  });
});

describe("a document's footnotes, set after the rule at its end", () => {
  it('are parts of their own, "Footnote 1", not paragraphs of the last section', () => {
    const text = ['b)\tto support the work of the focus group.', '______________', '[1: \tEstimate from the TSB technical paper.]'];
    expect(parts(text.join('\n'))).toEqual([['Footnote 1', 'Estimate from the TSB technical paper.']]);
  });
});

describe("a liaison statement's contact blocks (SG17-LS 187, eval/unseen/tune-en-6)", () => {
  const LS = readFileSync('eval/unseen/tune-en-6/corpus/documents/sg17-ls187-iot-security-labels.txt', 'utf8');
  const contacts = parts(LS).filter(([label]) => label === 'Contact');

  it('each hold the contact’s name, role, organization, telephone and e-mail, up to the next contact', () => {
    expect(contacts).toHaveLength(3);
    expect(contacts[0][1]).toContain('Rapporteur for Question 16/17');
    expect(contacts[0][1]).toContain('rquintana@ancd.example.cl');
    expect(contacts[1][1]).not.toContain('rquintana');
    // The e-mail lines are the contacts': no field of their own.
    expect(parts(LS).filter(([label]) => label === 'E-mail')).toEqual([]);
  });
});
