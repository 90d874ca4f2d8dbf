import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../retrieval/ingest/clean-text.ts';
import { decodeText, NotTextError } from '../../../retrieval/ingest/decode-text.ts';
import { markHiddenHtml } from '../../../retrieval/ingest/hidden-content.ts';
import { clausesHash, serializeSaved } from '../../../retrieval/ingest/saved-clauses.ts';
import { MAX_CLAUSE_CHARS, splitOversized } from '../../../retrieval/ingest/split-oversized.ts';
import type { Clause } from '../../../retrieval/types.ts';

const clause = (text: string): Clause => ({
  id: 'doc:p',
  docId: 'doc',
  label: 'Doc › para. 1',
  text,
  context: 'Doc',
  start: 100,
  end: 100 + text.length,
});

describe('decodeText', () => {
  it('reads UTF-8, a byte-order mark, and Windows-1252 detected by chardet', () => {
    const fr = 'Les coresponsables désignés l’été dernier « à Genève » — voir l’annexe.';
    expect(decodeText(Buffer.from(fr))).toBe(fr);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fr)]))).toBe(fr);
    expect(decodeText(iconv.encode('\ufeff' + fr, 'utf16-le'))).toBe(fr);
    expect(decodeText(iconv.encode(fr.repeat(3), 'windows-1252'))).toBe(fr.repeat(3));
  });

  it('refuses binary bytes', () => {
    expect(() => decodeText(randomBytes(4096))).toThrow(NotTextError);
    const highJunk = Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 7919) % 127)));
    expect(() => decodeText(highJunk)).toThrow(NotTextError);
  });

  it('refuses random bytes behind a UTF-16 byte-order mark, and reads UTF-16 text in any of ITU’s scripts', () => {
    // Seeded by the loop, not random: each of 50 buffers starts with FF FE, as one random file in 33,000 does.
    for (let seed = 1; seed <= 50; seed += 1) {
      const junk = Buffer.from(Array.from({ length: 6000 }, (_, i) => (i < 2 ? [0xff, 0xfe][i] : (i * seed * 2654435761) >>> 24)));
      expect(() => decodeText(junk), `seed ${seed}`).toThrow(NotTextError);
    }
    for (const text of ['国际电信联盟 第17研究组 物联网安全', 'Международный союз электросвязи', 'الاتحاد الدولي للاتصالات']) {
      expect(decodeText(iconv.encode('\ufeff' + text, 'utf16-le'))).toBe(text);
    }
  });
});

describe('cleanText', () => {
  it('strips terminal escapes, controls and bidi overrides; keeps tabs and line breaks', () => {
    expect(cleanText('a)\t\u001b[1mbold\u001b[0m\r\nb)\tnext\u0007\u202e line\u200b\r')).toBe('a)\tbold\nb)\tnext line\n');
  });
});

describe('splitOversized', () => {
  it('keeps small clauses and cuts large ones at sentence ends into verbatim, labelled parts', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Sentence ${i} is about the security of IoT devices.`).join(' ');
    const parts = splitOversized([clause('short clause text'), clause(text)]);
    expect(parts[0].text).toBe('short clause text');
    const pieces = parts.slice(1);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.text.length <= MAX_CLAUSE_CHARS && text.includes(p.text) && /\.$/.test(p.text))).toBe(true);
    expect(pieces.map((p) => p.id).slice(0, 2)).toEqual(['doc:p', 'doc:p:part-2']);
    expect(pieces[1].label).toBe('Doc › para. 1 (part 2)');
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cuts a sentence without punctuation at spaces, and a run without spaces anywhere', () => {
    const parts = splitOversized([clause(`${'word '.repeat(2000)}${'x'.repeat(9000)}`)]);
    expect(parts.every((p) => p.text.length <= MAX_CLAUSE_CHARS)).toBe(true);
  });
});

describe('markHiddenHtml', () => {
  it('marks elements hidden by inline style, whatever the spacing or case', () => {
    const html =
      '<p style="DISPLAY : none">a</p><span style="visibility:hidden;">b</span>' +
      '<i style="font-size:0px">c</i><b style="color:red">d</b>';
    const marked = markHiddenHtml(html);
    expect(marked.match(/data-iotsec-hidden/g)).toHaveLength(3);
    expect(marked).toContain('<b style="color:red">d</b>');
  });
});

describe('saved clause store format', () => {
  it('puts the sha256 of the payload in a header line, and a hash per document', () => {
    const clauses = [clause('text')];
    const saved = { parserVersion: 5, detectorVersion: 1, corpusHash: 'h', clauses, docs: [] };
    const [header, payload] = serializeSaved(saved).split('\n');
    expect(JSON.parse(header)).toMatchObject({ format: 'iotsec-clauses', schema: 3 });
    expect(JSON.parse(payload).clauses).toEqual(clauses);
    expect(clausesHash(clauses)).not.toBe(clausesHash([clause('texT')]));
  });
});
