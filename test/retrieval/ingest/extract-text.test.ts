import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { ErrorCode } from '../../../retrieval/errors.ts';
import { extractText } from '../../../retrieval/ingest/extract-text.ts';
import { pdfOfPages } from '../../helpers/pdf.ts';

const { temp } = tempDirs();

/** A one-page PDF with a text line. */
const tinyPdf = (text: string) => pdfOfPages([[text]]);

describe('extraction by format', () => {
  it('reads DOCX (mammoth), PDF (unpdf), HTML (html-to-text) and Markdown', async () => {
    const dir = await temp();
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          { children: [new Paragraph('considering'), new Paragraph('a)\tthat IoT security needs a demarcation between study groups;')] },
        ],
      }),
    );
    await writeFile(join(dir, 'a.docx'), docx);
    await writeFile(join(dir, 'b.pdf'), tinyPdf('Study Group 17 leads security work'));
    await writeFile(
      join(dir, 'c.html'),
      '<html><body><h2>Working methods</h2><ul><li>The group works by correspondence through its mailing list.</li></ul></body></html>',
    );
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
