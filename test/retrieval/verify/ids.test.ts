import { describe, expect, it } from 'vitest';
import { prepare, type Fact } from '../../../retrieval/verify/fact.ts';
import { extractCodes, extractIds } from '../../../retrieval/verify/ids.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

function ids(text: string): string[] {
  const out: Fact[] = [];
  extractIds(prepare(text), out);
  return out.map((f) => f.key);
}
function codes(text: string): string[] {
  const p = prepare(text);
  const out: Fact[] = [];
  extractIds(p, out);
  extractCodes(p, out);
  return out.filter((f) => f.kind === 'code').map((f) => f.key);
}

describe('identifiers', () => {
  it('read Questions in each language', () => {
    expect(ids('Question 1/2 and Q6/17')).toEqual(['q:1/2', 'q:6/17']);
    expect(ids('la cuestión 3/20')).toEqual(['q:3/20']);
    expect(ids(seedClause('wtdc17-acp-2:recognizing:d').text)).toContain('q:1/2');
  });

  it('read every Resolution of a list', () => {
    expect(ids('Résolutions 71, 130, 140 et 179 (Rév. Bucarest, 2022)')).toEqual(['res:71', 'res:130', 'res:140', 'res:179']);
    expect(ids('Resolution No. 98 and Res. 197')).toEqual(['res:98', 'res:197']);
  });

  it('read a General Assembly resolution by session and number ("70/1" is not "70/125")', () => {
    expect(ids('la Résolution 70/125 et la resolution 70/1')).toEqual(['res:70/125', 'res:70/1']);
    expect(ids(seedClause('wtdc17-acp-2:recognizing:b').text)).toContain('res:70/1');
  });

  it('read every study group of a list, and the sector named before or after them', () => {
    expect(ids('Les CE 5, 11, 13, 15, 20 et 21 de l’UIT-T')).toEqual(['sg:t5', 'sg:t11', 'sg:t13', 'sg:t15', 'sg:t20', 'sg:t21']);
    expect(ids('ITU-D Study Group 2')).toEqual(['sg:d2']);
    expect(ids('la Commission d’études 1 de l’UIT-R')).toEqual(['sg:r1']);
    expect(ids('SG17, SG20')).toEqual(['sg:t17', 'sg:t20']);
  });

  it('read "ce" or "sg" as a study group only in capitals, and not before a date', () => {
    expect(ids('ce 17 septembre')).toEqual([]);
    expect(ids('CE 17 septembre 2025')).toEqual([]);
    expect(ids('CE 17')).toEqual(['sg:t17']);
  });

  // The plural "SGs" keeps its acronym in capitals and its s small: it is study groups, not the bare numbers 17 and 20.
  it('read the plural "SGs 17 and 20" as study groups', () => {
    expect(ids('SGs 17 and 20')).toEqual(['sg:t17', 'sg:t20']);
    expect(ids('SGS 17 and 20')).toEqual(['sg:t17', 'sg:t20']);
    expect(ids('sgs 17 and 20')).toEqual([]);
  });

  it('read Recommendations, both halves of a double number, and only with a capital letter', () => {
    expect(ids('la Recommandation UIT‑T Y.4000/Y.2060')).toEqual(['rec:y.4000', 'rec:y.2060']);
    expect(ids('Q.3057 (2020)')).toEqual(['rec:q.3057']);
    expect(ids('e.g. this')).toEqual([]);
  });

  it('read web addresses without scheme, www or trailing punctuation, and e-mail addresses', () => {
    expect(ids('see www.itu.int/en/ITU-T/jcg/iotsec/.')).toEqual(['url:itu.int/en/itu-t/jcg/iotsec']);
    expect(ids(seedClause('tsb-circ-67:p4').text)).toEqual([
      'url:itu.int/en/itu-t/jcg/iotsec',
      'url:extranet.itu.int/sites/itu-t/jcg/iotsec',
    ]);
    expect(ids(seedClause('tsb-circ-67:p5').text)).toEqual(['email:jcgiotsec@lists.itu.int']);
  });
});

describe('document codes', () => {
  it('read codes mixing letters and digits, with French acronyms in their English form', () => {
    expect(codes('JCG-IoTSec-I-Doc001')).toEqual(['code:jcg-iotsec-i-doc001']);
    expect(codes('CL-20/55 and C22/INF/8')).toEqual(['code:cl-20/55', 'code:c22/inf/8']);
    expect(codes('CMDT-17')).toEqual(['code:wtdc-17']);
    expect(codes('AMNT-24')).toEqual(codes('WTSA-24'));
    expect(codes('Rev. 2')).toEqual(['code:rev.2']);
  });

  it('leave plain numbers and years glued to revision marks to later stages', () => {
    expect(codes('2025 and 13.5')).toEqual([]);
    expect(codes('2015Rév.Charm')).toEqual([]);
  });

  it('leave a year with the part of it meant to the year reader ("end-2031" is the clause\'s "at the end of 2031")', () => {
    expect(codes('41 million points at end-2031, mid-2030 or fin-2029')).toEqual([]);
    expect(codes('TSAG-R1 and CL-2031')).toEqual(['code:tsag-r1', 'code:cl-2031']);
  });
});
