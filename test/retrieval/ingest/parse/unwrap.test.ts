/**
 * Text laid out as a PDF prints it (the FG-EVCSec progress report of eval/unseen/tune-en-5): paragraphs hard-wrapped at
 * about 90 characters, a running footer between pages, a page break inside a paragraph. The printed lines are put back
 * into paragraphs; a document written one paragraph a line keeps its lines.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../../retrieval/assistant.ts';
import { openAssistant } from '../../../../retrieval/open-assistant.ts';
import { extractText } from '../../../../retrieval/ingest/extract-text.ts';
import { pdfOfPages } from '../../../helpers/pdf.ts';
import { writeFile } from 'node:fs/promises';
import { parseItuText } from '../../../../retrieval/ingest/parse/itu-parser.ts';
import { splitLines } from '../../../../retrieval/ingest/parse/lines.ts';
import { unwrapLines } from '../../../../retrieval/ingest/parse/unwrap.ts';
import type { DocumentMeta } from '../../../../retrieval/types.ts';

const doc: DocumentMeta = { id: 'td', file: 'td.txt', title: 'Report', citation: 'Report', short: 'TD387', language: 'en' };
const REPORT = readFileSync('eval/unseen/tune-en-5/corpus/documents/tsag-td387-fg-evcsec-report.txt', 'utf8');
const clauses = parseItuText(REPORT, doc);
const clause = (label: string) => clauses.find((c) => c.label === label);

describe('a hard-wrapped document', () => {
  it('makes each numbered paragraph one clause, whatever the number of printed lines it takes', () => {
    expect(clause('TD387 › § 2.1.3')?.text).toBe(
      'The meeting established three working groups: WG1 "Threat landscape and use cases", chaired by Mr Arjun ' +
        'Deshpande; WG2 "Charging station and back-end security", chaired by Ms Beatriz Salcedo Ortega; and WG3 ' +
        '"Certificates and plug-and-charge authentication", chaired by Mr Kwabena Asante-Boateng.',
    );
  });

  it('drops the running footer and joins a paragraph broken by a page break', () => {
    expect(clauses.some((c) => /Page \d/.test(c.text) || /Page \d/.test(c.label))).toBe(false);
    expect(clause('TD387 › § 1.2')?.text).toMatch(/set out in Annex A of TSB Circular 143, which require a progress report/);
  });

  it('reads "2 Meetings held" as a heading and "2.1.1 The first…" as a numbered paragraph, as a PDF prints the tab', () => {
    const labels = clauses.map((c) => c.label);
    expect(labels).toContain('TD387 › § 2.1.1');
    expect(labels).toContain('TD387 › § 4.1');
    expect(labels.filter((l) => /› § 3\.4 › § 4\.1/.test(l))).toEqual([]);
  });

  it('reads a paragraph with the numbered headings it sits under ("2 Meetings held" / "2.1 First meeting (Tallinn, …)")', () => {
    expect(clause('TD387 › § 2.1.2')?.context).toBe('Report\n2 Meetings held\n2.1 First meeting (Tallinn, 14-16 April 2033)');
    expect(clause('TD387 › § 4.1')?.context).toBe('Report\n4 Liaison activities');
  });

  it("keeps a contact's role with the name", () => {
    const contact = clauses.find((c) => c.text.startsWith('Contact: Arjun Deshpande'));
    expect(contact?.text).toMatch(/^Contact: Arjun Deshpande Vice-Chair, FG-EVCSec, and Chair of WG1 India\b/);
  });

  it('joins a paragraph across a footer set between blank lines (the GRE-5GPI report of tune-5, in French)', () => {
    const source = readFileSync('eval/unseen/tune-5/corpus/documents/ce2-doc2-318-rapport-gre-5gpi.txt', 'utf8');
    const report = parseItuText(source, { ...doc, language: 'fr' });
    expect(report.find((c) => c.label === 'TD387 › § 2.1.1')?.text).toMatch(
      /Il a rassemblé 63 participants, dont 35 représentants de PME industrielles venant de 11 pays\.$/,
    );
  });

  it('drops a running header printed the same on every page, and centred page numbers', () => {
    const printed = REPORT.split('\n').filter((l) => !/Page \d/.test(l));
    const at = printed.findIndex((l) => l.startsWith('1.2 This report covers'));
    const paged = [...printed.slice(0, at + 1), '- 2 -', 'TSAG-TD387 (Rev.1)', ...printed.slice(at + 1, at + 30)];
    paged.splice(at + 20, 0, '- 3 -', 'TSAG-TD387 (Rev.1)');
    const again = parseItuText(paged.join('\n'), doc);
    expect(again.find((c) => c.label === 'TD387 › § 1.2')?.text).toBe(clause('TD387 › § 1.2')?.text);
    expect(again.some((c) => c.text.includes('Rev.1') || /- \d -/.test(c.text))).toBe(false);
  });

  it('keeps list items apart and joins a word broken after its hyphen', () => {
    const text = [
      'The review identified the following gaps, among several others that the focus group will study later:',
      '- no common format for security advisories on vulnerabilities in charging station software and firmware;',
      '- limited guidance on the authentication of bidirectional charging sessions, in particular for vehicle-',
      'to-grid services offered by aggregators across several countries at once, as noted in contribution C12;',
      ...Array.from(
        { length: 12 },
        (_, i) => `${i + 3}.1 Paragraph ${i} of the report, long enough to be printed at the full width of the page of the report.`,
      ),
    ];
    const lines = unwrapLines(splitLines(text.join('\n')));
    expect(lines[1].text).toMatch(/^- no common format .*firmware;$/);
    expect(lines[2].text).toContain('for vehicle-to-grid services offered by aggregators');
  });
});

describe('a document written one paragraph a line', () => {
  it('keeps its lines as they are', () => {
    const seed = readFileSync('corpus/documents/000_65ebfd557cc5fabf.txt', 'utf8');
    const lines = splitLines(seed);
    expect(unwrapLines(lines)).toEqual(lines);
  });
});

describe('a question the rebuilt paragraphs answer (tune-en-5, an unseen English corpus)', () => {
  let assistant: Assistant;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iotsec-unwrap-'));
    assistant = await openAssistant({ corpusDir: 'eval/unseen/tune-en-5/corpus', indexDir: dir, embeddings: 'off' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('cites the whole numbered paragraph that names the host organisation', async () => {
    const answer = await assistant.ask('Which organization hosted the third meeting of FG-EVCSec in Accra?');
    expect(answer.citations[0].label).toBe('FG-EVCSec report to TSAG › § 2.3.1');
    expect(answer.citations[0].text).toContain('at the kind invitation of the National Digital Grid Authority of Ghana (NDGA)');
  });

  it('answers about the fifth meeting from the sentence that names it, not the fourth before it in the paragraph', async () => {
    const answer = await assistant.ask('Quand et où la cinquième réunion du FG-EVCSec se tiendra-t-elle ?');
    expect(answer.citations[0].label).toBe('FG-EVCSec report to TSAG › § 6.1');
    expect(answer.answer).toMatch(/^Réponse : 16–18 mars 2034 \[1\]/);
    expect(answer.answer).toContain('The fifth meeting will be held in Montevideo');
  });
});

describe('a real PDF, read by unpdf one printed line a line', () => {
  it('gives the same paragraphs back, across a page break and its footer', async () => {
    // The first pages of the FG-EVCSec report as a PDF prints them (eval/unseen/tune-en-5).
    const printed = REPORT.split('\n').slice(31, 60);
    const footer = printed.findIndex((l) => /Page 1$/.test(l));
    const dir = await mkdtemp(join(tmpdir(), 'iotsec-pdf-'));
    try {
      const file = join(dir, 'td387.pdf');
      await writeFile(file, pdfOfPages([printed.slice(0, footer + 1), printed.slice(footer + 1).concat('TSAG-TD387 – Page 2')]));
      const fromPdf = parseItuText(await extractText(file), doc);
      const paragraph = (c: { label: string; text: string }[]) => c.find((x) => x.label === 'TD387 › § 1.2')?.text;
      expect(paragraph(fromPdf)).toBe(paragraph(clauses));
      expect(fromPdf.find((c) => c.label === 'TD387 › § 2.1.1')?.text).toMatch(
        /^The first meeting was hosted .* non-member organizations\.$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
