import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { Glossary, mergeDuplicates, plainGroups } from '../../../retrieval/query/glossary.ts';
import type { Lang, TermGroup } from '../../../retrieval/types.ts';
import { seedGlossary } from '../../helpers/seed-corpus.ts';
import { GLOSSARY_PATH } from '../../../retrieval/open-assistant.ts';

const glossary = new Glossary([
  { en: ['due date', 'deadline'], fr: ['date limite', 'au plus tard'], es: ['fecha límite'] },
  { en: ['date'], fr: ['date'], es: ['fecha'] },
  { en: ['date'], fr: ['jour'] },
  { en: ['co-convenor', 'co-chair'], fr: ['coresponsable'] },
  { en: ['study group'], fr: ["commission d'études"], es: ['comisión de estudio'] },
]);
const expand = (q: string, lang: Lang, inCorpus?: (t: string) => boolean) => glossary.expand(analyzeQuery(q, lang), inCorpus);
const alts = (g: TermGroup) => g.alternatives.map((a) => `${a.terms.join(' ')}@${a.weight}`);

describe('grouping a question into glossary concepts', () => {
  it('takes the longest phrase at each position, its translations in every language as alternatives', () => {
    const groups = expand('what is the due date?', 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0].original).toEqual(['due', 'date']);
    expect(alts(groups[0])).toEqual(['due date@1', 'deadlin@0.9', 'date limit@0.9', 'plus tard@0.9', 'fech limit@0.9']);
  });

  it('takes every entry of a phrase, each form once', () => {
    const [date, meeting] = expand('date of the meeting', 'en');
    expect(alts(date)).toEqual(['date@1', 'fech@0.9', 'jour@0.9']);
    expect(alts(meeting)).toEqual(['meet@1']);
  });

  it('matches phrases whatever language they are asked in', () => {
    const [sg] = expand("la commission d'études", 'fr');
    expect(sg.original).toEqual(['commiss', 'etud']);
    expect(alts(sg)).toContain('studi group@0.9');
  });

  it('keeps a compound whole when the glossary knows it as a whole, written with or without its hyphen', () => {
    const [co] = expand('who are the co-convenors?', 'en');
    expect(co.original).toEqual(['co', 'convenor']);
    expect(alts(co)).toEqual(['co-convenors@1', 'coconvenor@1', 'co convenor@1', 'co chair@0.9', 'corespons@0.9']);
    const [joined] = expand('co-responsables', 'fr');
    expect(alts(joined)).toContain('corespons@1');
    expect(alts(joined)).toContain('co convenor@0.9');
  });

  it('keeps a compound the corpus has as written as one concept, without its parts as a spelling', () => {
    const [jcg] = expand('JCG-IoTSec meeting', 'en', (t) => t === 'jcg-iotsec');
    expect(alts(jcg)).toEqual(['jcg-iotsec@1', 'jcgiotsec@1']);
  });

  it('takes a glossary phrase that runs on past a compound, even where the corpus has the compound as written', () => {
    // An address ".../ITU-T/focusgroups/..." puts "itu-t" in a corpus; "ITU-T Recommendation" is still the glossary's.
    const itu = new Glossary([
      { en: ['itu-t'], fr: ['uit-t'] },
      { en: ['itu-t recommendation'], fr: ['recommandation uit-t'] },
    ]);
    const [rec] = itu.expand(analyzeQuery('which ITU-T Recommendation was approved?', 'en'), (t) => t === 'itu-t');
    expect(rec.original).toEqual(['itu', 'recommend']);
    expect(alts(rec)).toEqual(['itu recommend@1', 'recommand uit@0.9']);
  });

  it('keeps the parts of an unknown compound together as one concept, as written, as parts or as one word', () => {
    const [jcg, meeting] = expand('JCG-IoTSec meeting', 'en');
    expect(jcg.original).toEqual(['jcg', 'iotsec']);
    expect(alts(jcg)).toEqual(['jcg-iotsec@1', 'jcg iotsec@1', 'jcgiotsec@1']);
    expect(meeting.original).toEqual(['meet']);
  });

  it('counts a concept asked twice once', () => {
    expect(expand('deadline, deadline!', 'en')).toHaveLength(1);
  });

  it('with the product glossary, carries English terms of art into the French of the documents', () => {
    const real = seedGlossary();
    const [deadline] = real.expand(analyzeQuery('deadline', 'en'));
    expect(alts(deadline)).toEqual(expect.arrayContaining(['date limit@0.9', 'plus tard@0.9']));
    const [sg] = real.expand(analyzeQuery('SG17', 'en'));
    expect(sg.original).toEqual(['sg17', 'sg', '17']);
  });
});

describe('the glossary as a word table', () => {
  it('knows the first terms of its phrases, and lists every analysed term', () => {
    expect(glossary.knows('due')).toBe(true);
    expect(glossary.knows('date')).toBe(true);
    expect(glossary.knows('limit')).toBe(false);
    expect([...glossary.terms()]).toEqual(expect.arrayContaining(['deadlin', 'limit', 'tard', 'corespons']));
    expect(glossary.size).toBe(5);
  });

  it('reads a JSON file and rejects a malformed one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iotsec-glossary-'));
    try {
      await writeFile(join(dir, 'ok.json'), JSON.stringify([{ en: ['mailing list'], fr: ['liste de diffusion'] }]));
      const g = Glossary.fromFile(join(dir, 'ok.json'));
      expect(g.size).toBe(1);
      expect(alts(g.expand(analyzeQuery('mailing list', 'en'))[0])).toEqual(['mail list@1', 'list diffus@0.9']);
      await writeFile(join(dir, 'bad.json'), JSON.stringify([{ en: 'mailing list' }]));
      expect(() => Glossary.fromFile(join(dir, 'bad.json'))).toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('mergeDuplicates', () => {
  it('keeps the first of a concept asked twice, as important as it matters most', () => {
    const a: TermGroup = { original: ['sg17'], alternatives: [{ terms: ['sg17'], weight: 1 }], importance: 0.3 };
    const b: TermGroup = { original: ['budget'], alternatives: [{ terms: ['budget'], weight: 1 }] };
    const again: TermGroup = { original: ['sg17'], alternatives: [{ terms: ['other'], weight: 1 }], importance: 1 };
    const merged = mergeDuplicates([a, b, again]);
    expect(merged).toEqual([a, b]);
    expect(merged[0].importance).toBe(1);
    expect(merged[0].alternatives).toEqual([{ terms: ['sg17'], weight: 1 }]);
  });

  it('never lowers the importance kept', () => {
    const first: TermGroup = { original: ['x'], alternatives: [], importance: 1 };
    expect(mergeDuplicates([first, { original: ['x'], alternatives: [], importance: 0.3 }])[0].importance).toBe(1);
  });
});

describe('plainGroups', () => {
  it('makes each term its own concept', () => {
    expect(plainGroups(analyzeQuery('date limite réunion', 'fr')).map(alts)).toEqual([['date@1'], ['limit@1'], ['reunion@1']]);
  });
});

describe('the names a glossary holds', () => {
  it('are its codes and the acronyms that are initials of another form of their entry', () => {
    const names = new Glossary([
      { en: ['joint correspondence group', 'jcg'], fr: ['groupe mixte de travail par correspondance'] },
      { en: ['internet of things', 'iot'], fr: ['internet des objets', 'ido'] },
      { en: ['united for smart sustainable cities', 'u4ssc'], fr: ['5g'] },
      { en: ['approve', 'approval'], fr: ['approuver'], es: ['aprobar'] },
      { en: ['first', '1st'], fr: ['premier', '1er'] },
    ]);
    expect(['jcg', 'iot', 'ido', 'u4ssc', '5g'].map((t) => names.isName(t))).toEqual([true, true, true, true, true]);
    // One-word forms of ordinary words and written ordinals name nothing: "¿quién lo aprobó?" asks about no body.
    expect(['aprob', 'approv', '1st', '1er', 'group'].map((t) => names.isName(t))).toEqual([false, false, false, false, false]);
  });

  it('include the ITU glossary\'s bodies in every language', () => {
    const itu = Glossary.fromFile(GLOSSARY_PATH);
    expect(['tsag', 'gcnt', 'uit', 'wtdc', 'cmdt', 'gca', 'u4ssc'].every((t) => itu.isName(t))).toBe(true);
    expect(itu.isName('aprob')).toBe(false);
  });
});
