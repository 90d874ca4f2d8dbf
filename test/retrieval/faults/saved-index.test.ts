import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { CONVENORS_QUESTION, open, seedCorpus, temp, useTempDirs } from './helpers.ts';

useTempDirs();

/** The text every answer's citations quote. */
function quoted(answer: { citations: Array<{ text: string }> }): string {
  return answer.citations.map((c) => c.text).join('\n');
}

describe('a saved index that proves itself', () => {
  it('does not serve an edited clauses.json: the edit is replaced by the corpus text, with one notice', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    await open(corpus, indexDir);
    const path = join(indexDir, 'clauses.json');
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll('Bret Jordan', 'Mallory Evil'));
    const assistant = await open(corpus, indexDir);
    expect(assistant.notices.filter((n) => /clauses\.json did not match its checksum/.test(n))).toHaveLength(1);
    const answer = await assistant.ask(CONVENORS_QUESTION);
    expect(quoted(answer)).toContain('Bret Jordan');
    expect(quoted(answer)).not.toContain('Mallory');
    // Rebuilt and saved: the next start is clean.
    expect((await open(corpus, indexDir)).notices).toEqual([]);
  });

  it('repairs flipped bytes instead of showing U+FFFD', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    await open(corpus, indexDir);
    const path = join(indexDir, 'clauses.json');
    const bytes = await readFile(path);
    const text = bytes.toString('utf8');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Coresponsables du Groupe')));
    for (let i = 0; i < 16; i += 1) bytes[at + i * 7] ^= 0xc5;
    await writeFile(path, bytes);
    const assistant = await open(corpus, indexDir);
    expect(assistant.notices.join('\n')).toMatch(/did not match its checksum|damaged/);
    const answer = await assistant.ask(CONVENORS_QUESTION);
    expect(quoted(answer)).toContain('Bret Jordan');
    expect(JSON.stringify(answer)).not.toContain('\ufffd');
  });

  it('answers from memory when clauses.json is a folder, leaving no temp file behind', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    await mkdir(join(indexDir, 'clauses.json', 'inside'), { recursive: true });
    for (let run = 0; run < 2; run += 1) {
      const assistant = await open(corpus, indexDir);
      expect(assistant.notices.filter((n) => /Could not save the index/.test(n))).toHaveLength(1);
      expect(quoted(await assistant.ask(CONVENORS_QUESTION))).toContain('Bret Jordan');
    }
    expect((await readdir(indexDir)).filter((n) => /tmp/i.test(n))).toEqual([]);
  });

  it('keeps the last good version of a corrupt document across --rebuild and across a damaged index', async () => {
    const corpus = await temp();
    const indexDir = await temp();
    const paragraphs = ['Working methods', 'a)\tThe group meets virtually every month and reports to TSAG on IoT security.'];
    const docx = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
    await writeFile(join(corpus, 'tor.docx'), await Packer.toBuffer(docx));
    await writeFile(join(corpus, 'note.txt'), 'Scope\n– examine the security of IoT device management across study groups;\n');
    await open(corpus, indexDir);
    await writeFile(join(corpus, 'tor.docx'), 'corrupted');
    const rebuilt = await open(corpus, indexDir, { rebuild: true });
    expect(rebuilt.notices.some((n) => /Kept the last good version of tor\.docx/.test(n))).toBe(true);
    expect(
      rebuilt
        .sources()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['note', 'tor']);
    await writeFile(join(indexDir, 'clauses.json'), 'garbage');
    const damaged = await open(corpus, indexDir);
    expect(
      damaged
        .sources()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['note', 'tor']);
    expect(damaged.sources().find((s) => s.id === 'tor')?.clauses).toBe(1);
    const answer = await damaged.ask('Does the group meet virtually every month?');
    expect(answer.citations.map((c) => c.text).join()).toMatch(/meets virtually every month/);
  });
});
