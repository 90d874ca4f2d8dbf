/**
 * Tables flattened into tab-separated lines (the FG-MAP progress report of eval/unseen/tune-4 has three): each row is
 * a clause, read with the table's first row.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../../retrieval/assistant.ts';
import { openAssistant } from '../../../../retrieval/open-assistant.ts';
import { parseItuText } from '../../../../retrieval/ingest/parse/itu-parser.ts';
import { rowReading } from '../../../../retrieval/ingest/parse/table-rows.ts';
import type { DocumentMeta } from '../../../../retrieval/types.ts';

const doc: DocumentMeta = { id: 'r', file: 'r.txt', title: 'Rapport', citation: 'Rapport', short: 'Rapport', language: 'fr' };
const REPORT = [
  '2\tRéunions tenues',
  'Le tableau ci-après récapitule les réunions tenues.',
  'Réunion\tDates\tLieu\tParticipants (sur place/à distance)\tPays\tContributions',
  'Première réunion\t3-5 juin 2031\tDiamniadio (Sénégal)\t146 (91/55)\t43\t38',
  'Deuxième réunion\t9-11 septembre 2031\tRéunion virtuelle\t118 (0/118)\t36\t47',
  'SG15\t12\t9',
  '3\tDécisions',
  'Le Groupe a adopté ses méthodes de travail.',
].join('\n');

describe('a table flattened into tab-separated lines', () => {
  const clauses = parseItuText(REPORT, doc);
  const row = (start: string) => clauses.find((c) => c.text.startsWith(start));

  it('makes each row a clause of its own, short rows of figures included, where a short row once read as a heading', () => {
    expect(row('Première réunion')?.text).toBe('Première réunion\t3-5 juin 2031\tDiamniadio (Sénégal)\t146 (91/55)\t43\t38');
    expect(row('Deuxième réunion')).toBeDefined();
    expect(row('SG15')).toBeDefined();
    expect(row('Réunion\tDates')).toBeDefined();
    // The paragraph after the table is not read with the table's columns.
    expect(row('Le Groupe a adopté')?.context).not.toContain('Participants');
  });

  it('reads a row with its column names: each count before what its column counts, each other cell after its name', () => {
    expect(rowReading(row('Première réunion')!)).toBe(
      'Réunion: Première réunion; Dates: 3-5 juin 2031; Lieu: Diamniadio (Sénégal); 146 Participants (sur place/à distance) (91/55); ' +
        '43 Pays; 38 Contributions',
    );
    // The column names row, and a row of another width, are read as written.
    expect(rowReading(row('Réunion\tDates')!)).toBe(row('Réunion\tDates')!.text);
    expect(rowReading(row('SG15')!)).toBe('SG15\t12\t9');
  });
});

describe('a question a table row answers (the FG-MAP report, an unseen French document)', () => {
  let assistant: Assistant;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iotsec-rows-'));
    assistant = await openAssistant({ corpusDir: 'eval/unseen/tune-4/corpus', indexDir: dir, embeddings: 'off' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('cites the row and answers with the count its column names', async () => {
    const answer = await assistant.ask('How many participants attended the first FG-MAP meeting in Diamniadio?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0].text).toContain('146 (91/55)');
    expect(answer.answer).toMatch(/^Answer: 146 Participants/);
  });
});

