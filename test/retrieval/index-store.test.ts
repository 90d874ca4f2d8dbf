import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { openIndex } from '../../retrieval/index-store.ts';
import { HashEmbedder } from '../../retrieval/hash-embedder.ts';
import { extractText } from '../../retrieval/extract/extract-text.ts';
import { ErrorCode } from '../../retrieval/errors.ts';
import { HybridRetriever } from '../../retrieval/search.ts';

const dirs: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iotsec-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function seedCorpus(): Promise<string> {
  const dir = await temp();
  await cp('corpus', dir, { recursive: true });
  return dir;
}

/** A one-page PDF with a text line, written by hand (pdf.js tolerates the approximate xref). */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('extraction by format', () => {
  it('reads DOCX (mammoth), PDF (unpdf), HTML (html-to-text) and Markdown', async () => {
    const dir = await temp();
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('considering'), new Paragraph('a)\tthat IoT security needs a demarcation between study groups;')] }] }));
    await writeFile(join(dir, 'a.docx'), docx);
    await writeFile(join(dir, 'b.pdf'), tinyPdf('Study Group 17 leads security work'));
    await writeFile(join(dir, 'c.html'), '<html><body><h2>Working methods</h2><ul><li>The group works by correspondence through its mailing list.</li></ul></body></html>');
    await writeFile(join(dir, 'd.md'), '# Scope\n\n- **examine** the current scope of IoT security activities\n');
    expect(await extractText(join(dir, 'a.docx'))).toContain('a)\tthat IoT security needs a demarcation');
    expect(await extractText(join(dir, 'b.pdf'))).toContain('Study Group 17 leads security work');
    expect(await extractText(join(dir, 'c.html'))).toContain('The group works by correspondence');
    expect(await extractText(join(dir, 'd.md'))).toContain('• examine the current scope');
  });

  it('says in one line that a corrupt DOCX or PDF is unreadable', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'bad.docx'), 'this is not a zip');
    await writeFile(join(dir, 'bad.pdf'), '%PDF-1.4 garbage');
    for (const f of ['bad.docx', 'bad.pdf']) {
      await expect(extractText(join(dir, f))).rejects.toMatchObject({ code: ErrorCode.DocumentUnreadable });
    }
  });
});

describe('the saved index', () => {
  it('builds once, then reuses clauses and vectors; re-parses only a changed document', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const embedder = new HashEmbedder(64);
    const first = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(first.reparsed).toHaveLength(5);
    expect(first.embedded).toBe(first.clauses.length);
    const second = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(second.reparsed).toEqual([]);
    expect(second.embedded).toBe(0);
    expect(second.clauses.map((c) => c.id)).toEqual(first.clauses.map((c) => c.id));

    const file = join(corpus, 'documents', '000_65ebfd557cc5fabf.txt');
    await writeFile(file, (await readFile(file, 'utf8')) + '\n9\tUn nouveau paragraphe sur la sécurité des dispositifs.\n');
    const third = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(third.reparsed).toEqual(['tsb-circ-67']);
    expect(third.embedded).toBeLessThanOrEqual(2);
    expect(third.clauses.length).toBe(first.clauses.length + 1);
  });

  it('updates the vector graph in place: stable labels, old vectors deleted, new ones found', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const embedder = new HashEmbedder(64);
    const first = await openIndex({ corpusDir: corpus, indexDir, embedder });
    const file = join(corpus, 'documents', '000_65ebfd557cc5fabf.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('Bret Jordan', 'Bretislav Jordanov'));
    const second = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(second.embedded).toBe(2);
    expect(second.vectors!.deletedCount).toBe(2);
    const labelOf = (r: typeof first, id: string) => r.vectorLabels![r.clauses.findIndex((c) => c.id === id)];
    expect(labelOf(second, 'wtsa-res-98:recalling:f')).toBe(labelOf(first, 'wtsa-res-98:recalling:f'));
    const changed = second.clauses.findIndex((c) => c.text.includes('Bretislav Jordanov') && c.id.endsWith('item-6'));
    expect(labelOf(second, second.clauses[changed].id)).toBeGreaterThanOrEqual(first.clauses.length);
    const retriever = new HybridRetriever(second.clauses, new Map(second.docs.map((d) => [d.id, d])), undefined, embedder, second.vectors, second.vectorLabels);
    const { hits } = await retriever.retrieve(second.clauses[changed].text, 'fr', 3);
    expect(hits[0].index).toBe(changed);
    // Reopened from disk, the graph keeps its deleted count and labels.
    const third = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(third.embedded).toBe(0);
    expect(third.vectors!.deletedCount).toBe(2);
    expect(third.vectorLabels).toEqual(second.vectorLabels);
  });

  it('rebuilds a damaged index instead of failing', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const embedder = new HashEmbedder(64);
    const first = await openIndex({ corpusDir: corpus, indexDir, embedder });
    await writeFile(join(indexDir, 'clauses.json'), '{"schema": 1, "clauses": [trunc');
    await writeFile(join(indexDir, 'vectors.hnsw'), 'garbage');
    const again = await openIndex({ corpusDir: corpus, indexDir, embedder });
    expect(again.notices.join('\n')).toMatch(/damaged/);
    expect(again.clauses).toHaveLength(first.clauses.length);
    expect(again.vectors?.size).toBe(first.clauses.length);
  });

  it('keeps the last good version of a document that becomes corrupt, and indexes the rest', async () => {
    const corpus = await temp();
    const indexDir = await temp();
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('recalling'), new Paragraph('a)\tResolution 98 on the Internet of things and smart cities;')] }] }));
    await writeFile(join(corpus, 'res.docx'), docx);
    await writeFile(join(corpus, 'note.txt'), 'Scope\n– examine the security of IoT device management across study groups;\n');
    const first = await openIndex({ corpusDir: corpus, indexDir });
    expect(first.clauses.map((c) => c.docId).sort()).toEqual(['note', 'res']);
    await writeFile(join(corpus, 'res.docx'), 'corrupted');
    await writeFile(join(corpus, 'broken.pdf'), 'not a pdf');
    const second = await openIndex({ corpusDir: corpus, indexDir });
    expect(second.notices.some((n) => /res\.docx/.test(n) && /Skipped/.test(n))).toBe(true);
    expect(second.notices.some((n) => /Kept the previously indexed version of res\.docx/.test(n))).toBe(true);
    expect(second.notices.some((n) => /broken\.pdf/.test(n))).toBe(true);
    expect(second.clauses.map((c) => c.docId).sort()).toEqual(['note', 'res']);
  });

  it('refuses a missing corpus folder with one clear line', async () => {
    await expect(openIndex({ corpusDir: '/nonexistent/corpus', indexDir: await temp() })).rejects.toMatchObject({ code: ErrorCode.CorpusMissing });
  });
});
