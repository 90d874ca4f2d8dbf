import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, splitLines, stripMarkers, type SourceLine } from '../../../../retrieval/ingest/parse/lines.ts';
import { SEED_DOCS } from '../../../helpers/seed-corpus.ts';

const source = (id: string) => readFileSync(`corpus/${SEED_DOCS.find((d) => d.id === id)!.file}`, 'utf8');
/** The classified line of a seed document that starts with `prefix` (markers removed, white space read as plain spaces). */
function seedLine(id: string, prefix: string) {
  const line = splitLines(source(id)).find((l) => l.text.replace(/\s+/g, ' ').startsWith(prefix));
  if (!line) throw new Error(`no line "${prefix}" in ${id}`);
  return classify(line);
}
const kind = (text: string, indented = false) => classify({ text, start: 0, end: text.length, indented });

describe('splitting extracted text into lines', () => {
  it('keeps each line’s offsets in the source, drops extraction markers and notes indentation', () => {
    const text = 'a\r\n\tb [bookmark: _Toc1]c\n[footnoteRef:3]d';
    const lines = splitLines(text);
    expect(lines).toEqual<SourceLine[]>([
      { text: 'a', start: 0, end: 1, indented: false },
      { text: 'b c', start: 3, end: 24, indented: true },
      { text: 'd', start: 25, end: 41, indented: false },
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end).replace(/\r$/, '')).not.toContain('\n');
  });

  it('points into the seed documents: every line’s words are at its offsets', () => {
    const text = source('tsb-circ-67');
    const lines = splitLines(text);
    expect(lines).toHaveLength(text.split('\n').length);
    for (const l of lines.filter((x) => x.text)) expect(stripMarkers(text.slice(l.start, l.end))).toContain(l.text.split(' ')[0]);
  });

  it('removes bookmark and footnote-reference markers, keeping the footnote text', () => {
    expect(stripMarkers('[bookmark: _Toc41368587][bookmark: _Toc41368783]Section 1\tIntroduction')).toBe('Section 1\tIntroduction');
    expect(stripMarkers('séance plénière.[footnoteRef: 1] Procès-verbal')).toBe('séance plénière. Procès-verbal');
  });
});

describe('classifying a line', () => {
  it('blank lines and separators', () => {
    expect(kind('')).toEqual({ type: 'blank' });
    expect(kind('__________')).toEqual({ type: 'separator' });
    expect(kind('=====')).toEqual({ type: 'separator' });
  });

  it('annex markers, in every language', () => {
    expect(seedLine('tsb-circ-67', 'ANNEXE A')).toEqual({ type: 'annex', letter: 'A' });
    expect(kind('Annex 2')).toEqual({ type: 'annex', letter: '2' });
    expect(kind('Anexo B')).toEqual({ type: 'annex', letter: 'B' });
    // "Annexe:\t1" under a signature is a field, not an annex.
    expect(seedLine('tsb-circ-67', 'Annexe:')).toEqual({ type: 'field-inline', heading: 'Annexe', body: '1' });
  });

  it('numbered sections', () => {
    const section = seedLine('c22-32-gca', 'Section 4');
    expect(section).toMatchObject({ type: 'section', number: '4' });
    expect(section.type === 'section' && section.title.replace(/\s+/g, ' ')).toBe(
      "Lignes directrices pour l'utilisation du Pilier 3 – Structures administratives",
    );
    expect(kind('Sección 2 – Medidas jurídicas')).toEqual({ type: 'section', number: '2', title: 'Medidas jurídicas' });
    expect(kind('Section 3: Technical measures')).toEqual({ type: 'section', number: '3', title: 'Technical measures' });
  });

  it('resolution preamble and operative openers, with their canonical English name', () => {
    expect(seedLine('wtsa-res-98', 'rappelant')).toEqual({ type: 'resolution-section', canonical: 'recalling', text: 'rappelant' });
    expect(seedLine('wtsa-res-98', 'reconnaissant')).toMatchObject({ canonical: 'recognizing' });
    expect(seedLine('wtsa-res-98', 'décide de charger')).toMatchObject({ type: 'resolution-section', canonical: 'resolves to instruct' });
    expect(seedLine('wtdc17-acp-2', 'décide')).toMatchObject({ canonical: 'resolves' });
    expect(seedLine('wtdc17-acp-2', 'invite les Etats Membres')).toMatchObject({ canonical: 'invites' });
    expect(kind('Considering:')).toMatchObject({ type: 'resolution-section', canonical: 'considering' });
    expect(kind('considérant en outre')).toMatchObject({ canonical: 'further considering' });
    expect(kind('recordando además')).toMatchObject({ canonical: 'further recalling' });
    expect(kind('resuelve encargar a la Comisión de Estudio 20')).toMatchObject({ canonical: 'resolves to instruct' });
  });

  it('a sentence that starts with an operative verb is text, not an opener', () => {
    expect(kind('invite les États Membres à participer activement aux travaux.')).toEqual({
      type: 'text',
      body: 'invite les États Membres à participer activement aux travaux.',
    });
  });

  it('lettered clauses: "a)", "(b)", "iv)"', () => {
    expect(seedLine('wtsa-res-98', 'a)')).toMatchObject({ type: 'lettered', raw: 'a' });
    expect(kind('(b) the second item')).toEqual({ type: 'lettered', raw: 'b', body: 'the second item' });
    expect(kind('iv) fourth')).toEqual({ type: 'lettered', raw: 'iv', body: 'fourth' });
  });

  it('numbered clauses, with a tab or a dotted number; a year is not a number', () => {
    expect(seedLine('tsb-circ-67', '6 La première')).toMatchObject({
      type: 'numbered',
      raw: '6',
      body: expect.stringMatching(/^La première réunion/),
    });
    expect(seedLine('c22-32-gca', '1.1 ')).toMatchObject({ type: 'numbered', raw: '1.1' });
    expect(kind('2025\tAnnual report').type).toBe('text');
  });

  it('a short capitalised numbered line is a heading, unless it introduces a list', () => {
    expect(kind('2\tMesures techniques et de procédure')).toEqual({
      type: 'heading',
      text: '2 Mesures techniques et de procédure',
      field: false,
    });
    expect(kind('2\tMesures techniques et de procédure:')).toEqual({
      type: 'numbered',
      raw: '2',
      body: 'Mesures techniques et de procédure:',
    });
  });

  it('list items after a dash or a bullet', () => {
    expect(seedLine('tsb-circ-67', '– Aux Administrations')).toEqual({
      type: 'item',
      body: "Aux Administrations des États Membres de l'Union;",
    });
    expect(kind('• bullet')).toEqual({ type: 'item', body: 'bullet' });
    expect(kind('* star')).toEqual({ type: 'item', body: 'star' });
  });

  it('a field name and its text on one line', () => {
    expect(seedLine('wtdc17-acp-2', 'Motifs:')).toMatchObject({
      type: 'field-inline',
      heading: 'Motifs',
      body: expect.stringMatching(/^Catalyseur essentiel/),
    });
  });

  it('headings: all-caps titles, short capitalised lines, and field names ending with a colon', () => {
    expect(seedLine('tsb-circ-67', 'UNION INTERNATIONALE')).toEqual({
      type: 'heading',
      text: 'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS',
      field: false,
    });
    expect(seedLine('tsb-circ-67', 'Réf.:')).toEqual({ type: 'heading', text: 'Réf.:', field: true });
    expect(seedLine('wtdc17-acp-2', 'Proposition')).toEqual({ type: 'heading', text: 'Proposition', field: false });
    expect(kind('Working methods')).toEqual({ type: 'heading', text: 'Working methods', field: false });
  });

  it('anything else is text', () => {
    expect(seedLine('tsb-circ-67', '+41 22 730 6301')).toEqual({ type: 'text', body: '+41 22 730 6301' });
    expect(kind('This is an ordinary sentence in a paragraph.')).toEqual({
      type: 'text',
      body: 'This is an ordinary sentence in a paragraph.',
    });
    expect(kind('Note: ceci est une note qui est plutôt longue.').type).toBe('text');
  });
});
