import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { ErrorCode } from '../../../retrieval/errors.ts';
import { ingestCorpus } from '../../../retrieval/ingest/ingest-corpus.ts';

const { temp, seedCorpus } = tempDirs();

describe('ingesting the corpus into saved clauses', () => {
  it('builds once, then reuses the saved clauses; re-parses only a changed document', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const first = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(first.reparsed).toHaveLength(5);
    const second = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(second.reparsed).toEqual([]);
    expect(second.clauses.map((c) => c.id)).toEqual(first.clauses.map((c) => c.id));
    expect(second.corpusHash).toBe(first.corpusHash);

    const file = join(corpus, 'documents', '000_65ebfd557cc5fabf.txt');
    await writeFile(file, (await readFile(file, 'utf8')) + '\n9\tUn nouveau paragraphe sur la sécurité des dispositifs.\n');
    const third = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(third.reparsed).toEqual(['tsb-circ-67']);
    expect(third.clauses.length).toBe(first.clauses.length + 1);
    expect(third.corpusHash).not.toBe(first.corpusHash);
  });

  it('rebuilds damaged saved clauses instead of failing', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const first = await ingestCorpus({ corpusDir: corpus, indexDir });
    await writeFile(join(indexDir, 'clauses.json'), '{"schema": 1, "clauses": [trunc');
    const again = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(again.notices.join('\n')).toMatch(/damaged/);
    expect(again.clauses).toHaveLength(first.clauses.length);
  });

  it('keeps the last good version of a document that becomes corrupt, and indexes the rest', async () => {
    const corpus = await temp();
    const indexDir = await temp();
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          { children: [new Paragraph('recalling'), new Paragraph('a)\tResolution 98 on the Internet of things and smart cities;')] },
        ],
      }),
    );
    await writeFile(join(corpus, 'res.docx'), docx);
    await writeFile(join(corpus, 'note.txt'), 'Scope\n– examine the security of IoT device management across study groups;\n');
    const first = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(first.clauses.map((c) => c.docId).sort()).toEqual(['note', 'res']);
    await writeFile(join(corpus, 'res.docx'), 'corrupted');
    await writeFile(join(corpus, 'broken.pdf'), 'not a pdf');
    const second = await ingestCorpus({ corpusDir: corpus, indexDir });
    expect(second.notices.some((n) => /res\.docx/.test(n) && /Skipped/.test(n))).toBe(true);
    expect(second.notices.some((n) => /Kept the previously indexed version of res\.docx/.test(n))).toBe(true);
    expect(second.notices.some((n) => /broken\.pdf/.test(n))).toBe(true);
    expect(second.clauses.map((c) => c.docId).sort()).toEqual(['note', 'res']);
  });

  it('refuses a missing corpus folder with one clear line', async () => {
    await expect(ingestCorpus({ corpusDir: '/nonexistent/corpus', indexDir: await temp() })).rejects.toMatchObject({
      code: ErrorCode.CorpusMissing,
    });
  });
});
