import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../../retrieval/query/analyze.ts';
import { QueryConcepts } from '../../../retrieval/query/concepts.ts';
import { Glossary } from '../../../retrieval/query/glossary.ts';
import { Lexicon, LEXICON_KINDS, type LexiconFile } from '../../../retrieval/query/lexicon.ts';
import { Shorthand } from '../../../retrieval/query/shorthand.ts';
import { WordSpecificity } from '../../../retrieval/query/specificity.ts';
import type { TermGroup } from '../../../retrieval/types.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

// The concepts are built against the seed corpus's own lexical index: alternatives it lacks cost nothing.
const { lexical } = seedStages({ resources: {} });
const glossary = new Glossary([
  { en: ['co-convenor'], fr: ['coresponsable'] },
  { en: ['country'], fr: ['pays'] },
  { en: ['deadline'], fr: ['date limite'] },
  { en: ['tsag', 'telecommunication standardization advisory group'], fr: ['gcnt'] },
  { en: ['citel'], fr: ['citel'], es: ['citel'] },
  { en: ['approve'], fr: ['approuver'], es: ['aprobar'] },
  { en: ['send', 'forward'], fr: ['envoyer'], es: ['enviar', 'remitir'] },
]);
// A small compiled lexicon (analysed terms, as scripts/lexicon/build-lexicon.ts writes them): "docu" and
// "reunion" are in the corpus, "zzzz" and "assembl" are not.
const lexiconFile: LexiconFile = {
  format: 2,
  analysis: ANALYSIS_VERSION,
  sources: [
    { id: 'freedict-eng-fra', name: 'FreeDict English-French', debian: 'freedict-eng-fra', licence: 'GPL', url: 'https://freedict.org' },
    { id: 'wordnet-3.0', name: 'WordNet 3.0', debian: 'wordnet', licence: 'WordNet', url: 'https://wordnet.princeton.edu' },
  ],
  kinds: [...LEXICON_KINDS],
  expansions: {
    en: {
      paper: [
        ['docu', 'fr', 0, [0]],
        ['zzzz', 'fr', 0, [0]],
      ],
      meet: [
        ['reunion', 'fr', 0, [0]],
        ['assembl', 'en', 2, [1]],
      ],
      deadlin: [['date limit', 'fr', 0, [0]]],
      set: [['ensembl', 'fr', 0, [0]]],
      rewrit: [['revis', 'en', 2, [1]]],
      room: [['suit', 'en', 2, [1]]],
    },
    fr: {},
    es: {},
  },
  phrases: {
    // "set up" (stop word kept) is not "set": it brings its own senses, and "set" alone keeps its own.
    en: {
      'set up': [
        ['creation', 'fr', 0, [0]],
        ['establish', 'en', 2, [1]],
      ],
    },
    fr: {},
    es: {},
  },
};
const specificity = WordSpecificity.fromFile('retrieval/query/data/word-frequency.json');
const concepts = new QueryConcepts(lexical, { glossary, lexicon: new Lexicon(lexiconFile), specificity });
const of = (q: string, lang: 'en' | 'fr' | 'es' = 'en', c = concepts) => c.of(q, lang);
const alts = (g: TermGroup) => g.alternatives.map((a) => `${a.terms.join(' ')}@${a.weight}${a.source ? `:${a.source}` : ''}`);

describe('the concepts of a question', () => {
  it('take glossary translations as they are, and general-lexicon bridges marked with their source', () => {
    const [deadline] = of('what is the deadline?');
    expect(alts(deadline)).toEqual(['deadlin@1', 'date limit@0.9']);
    const [, paper] = of('where do I send my paper?');
    expect(alts(paper)).toEqual(['paper@1', 'docu@0.6:lexicon']);
  });

  it('take no lexicon alternative in a language the corpus has no document in (a false friend at best)', () => {
    const frenchOnly = new QueryConcepts(lexical, { glossary, lexicon: new Lexicon(lexiconFile) }, new Set(['fr'] as const));
    // "meet" → "réunion" (French) stays; its English synonym "assemble" goes, whatever the index holds.
    expect(alts(of('when is the meeting?', 'en', frenchOnly)[0]).filter((a) => a.endsWith(':lexicon'))).toEqual(['reunion@0.6:lexicon']);
    const english = alts(
      of('when is the meeting?', 'en', new QueryConcepts(lexical, { lexicon: new Lexicon(lexiconFile) }, new Set(['en'] as const)))[0],
    );
    expect(english.filter((a) => a.endsWith(':lexicon'))).toEqual([]);
  });

  it("take a synonym of the asker's language the corpus holds as written, a cognate, unless it is short", () => {
    const frenchOnly = new QueryConcepts(lexical, { glossary, lexicon: new Lexicon(lexiconFile) }, new Set(['fr'] as const));
    // "rewrite" → "revise": "revis" is the "révision" of a French clause; "room" → "suite": "suit" is "suivre".
    expect(lexical.has('revis') && lexical.has('suit')).toBe(true);
    expect(alts(of('do they rewrite it', 'en', frenchOnly)[0])).toContain('revis@0.5:lexicon');
    expect(alts(of('which room', 'en', frenchOnly)[0]).filter((a) => a.endsWith(':lexicon'))).toEqual([]);
  });

  it('take only the lexicon alternatives the corpus has, and none the glossary already gave', () => {
    const [meeting] = of('when is the meeting?');
    expect(alts(meeting)).toEqual(['meet@1', 'reunion@0.6:lexicon']);
    expect(alts(of('deadline')[0]).filter((a) => a.startsWith('date limit'))).toHaveLength(1);
  });

  it('read a multiword expression as one concept with its own senses, not those of its words', () => {
    const groups = of('who set up the group?');
    const setUp = groups.find((g) => g.original.join(' ') === 'set')!;
    expect(alts(setUp).filter((a) => a.endsWith(':lexicon'))).toEqual(['creation@0.6:lexicon']);
    expect(alts(of('which set of documents?').find((g) => g.original.join(' ') === 'set')!)).toContain('ensembl@0.6:lexicon');
    expect(alts(of('who is setting up the group?').find((g) => g.original.join(' ') === 'set')!)).toContain('creation@0.6:lexicon');
  });

  it("read an expression whose other words are stop words as one word, over the glossary's reading of its word", () => {
    const file: LexiconFile = { ...lexiconFile, phrases: { en: { 'right now': [['immediat', 'fr', 0, [0]]] }, fr: {}, es: {} } };
    const rights = new Glossary([{ en: ['rights'], fr: ['droits'] }]);
    const c = new QueryConcepts(lexical, { glossary: rights, lexicon: new Lexicon(file), specificity });
    const right = (q: string) => alts(of(q, 'en', c).find((g) => g.original.join(' ') === 'right')!);
    expect(right('who is the director right now?')).toEqual(['right@1']);
    expect(right('which rights of the child?')).toContain('droit@0.9');
  });

  it('mark the acronyms and codes a question names, which the answering clause must name too', () => {
    const entities = (q: string) => of(q).flatMap((g) => (g.entity ? [g.original.join(' ')] : []));
    expect(entities("when's the 2nd tsag meeting?")).toEqual(['tsag']);
    // Words of general language and longer terms of art are not names; nor is a side remark's acronym.
    expect(entities('what is the deadline for the meeting?')).toEqual([]);
    expect(entities('when is the deadline? asking for the tsag slides')).toEqual([]);
    // A Spanish verb is no English acronym of the glossary: "remite" names nothing; "¿quién lo aprobó?" asks about no body.
    expect(entities('¿a qué remite la nota al pie?')).toEqual([]);
    expect(entities('¿quién lo aprobó?')).toEqual([]);
    // A short form no language has is a name, though its entry gives no expansion to read initials from.
    expect(entities('what did citel propose?')).toEqual(['citel']);
    // An acronym in capitals the corpus holds is a name wherever it stands, after an elision too.
    expect(entities("qu'a fait l'GFCE ?")).toEqual(['gfce']);
    expect(entities('GFCE members: who are they?')).toEqual(['gfce']);
  });

  it("weigh the names of the part an ask points back at as asked, its other words as a side remark", () => {
    const weights = (q: string, asking: number) =>
      Object.fromEntries(concepts.of(q, 'en', { asking }).map((g) => [g.original.join(' '), g.importance]));
    // "its" in the second ask is the TSAG of the first: "tsag" weighs fully, "slides" stays a side remark.
    expect(weights('what does tsag do with the slides, and when is its next meeting?', 1)).toMatchObject({ tsag: 1, slide: 0.3 });
    // An ask that points at nothing leaves the other part's names as side remarks.
    expect(weights('what does tsag do with the slides, and when is the next meeting?', 1)).toMatchObject({ tsag: 0.3 });
  });

  it('read the plural of a glossary acronym as the acronym ("which other sgs")', () => {
    expect(of('besides sg17 which other sgs approved recs?').map((g) => g.original.join(' '))).toContain('sg');
  });

  it('add the forms of a word’s lemma the corpus holds, a little below the term, and a sense in any form of its lemma', () => {
    const families = { en: {}, fr: { 'tenir<vblex>': ['ten', 'tient', 'tiendr', 'tenu'], 'couvrir<vblex>': ['couvr', 'couvert'] }, es: {} };
    const withFamilies = new Lexicon({
      ...lexiconFile,
      families,
      expansions: { ...lexiconFile.expansions, en: { cover: [['couvr', 'fr', 0, [0]]] } },
    });
    const c = new QueryConcepts(lexical, { glossary, lexicon: withFamilies });
    // "se tiendra" is in the corpus; "tient" is how the question says it.
    expect(alts(of('quand se tient la réunion ?', 'fr', c)[0])).toEqual(expect.arrayContaining(['tient@1', 'tiendr@0.85:variant']));
    // "couvrir" is the sense, "couverts" the form in the corpus.
    expect(alts(of('is it covered by the budget?', 'en', c)[0])).toContain(`couvert@${0.6 * 0.85}:lexicon`);
    // Verification leaves the other forms out: "tiendra" is no support for "tient".
    expect(alts(c.of('quand se tient la réunion ?', 'fr', { families: false })[0])).toEqual(['tient@1']);
  });

  it("take the senses of a word's lemma when the word's own senses are all in languages the corpus does not have", () => {
    // "installées" only knows a Spanish word of its own; its lemma "installer" knows one in the corpus's language.
    const families = { en: {}, fr: { 'installer<vblex>': ['install', 'installe'] }, es: {} };
    const fr: LexiconFile['expansions']['fr'] = { installe: [['instal', 'es', 0, [0]]], install: [['docu', 'fr', 0, [0]]] };
    const lexicon = new Lexicon({ ...lexiconFile, families, expansions: { ...lexiconFile.expansions, fr } });
    const frenchOnly = new QueryConcepts(lexical, { glossary, lexicon }, new Set(['fr'] as const));
    const installed = of('les bornes installées', 'fr', frenchOnly).find((g) => g.original[0] === 'installe')!;
    expect(alts(installed)).toContain('docu@0.6:lexicon');
    // Where the corpus has Spanish too, the word's own sense is read, not its lemma's.
    const withSpanish = new QueryConcepts(lexical, { glossary, lexicon }, new Set(['fr', 'es'] as const));
    const read = of('les bornes installées', 'fr', withSpanish).find((g) => g.original[0] === 'installe')!;
    expect(alts(read)).not.toContain('docu@0.6:lexicon');
  });

  it('take the senses of a plural word’s singular where the stemmer cuts the two apart', () => {
    // Spanish Snowball: "resúmenes" → "resumen", "resumen" → "resum"; the dictionary knows the singular's stem.
    const plural = new Lexicon({ ...lexiconFile, expansions: { ...lexiconFile.expansions, es: { resum: [['reunion', 'fr', 0, [0]]] } } });
    const c = new QueryConcepts(lexical, { glossary, lexicon: plural });
    expect(alts(of('los resúmenes', 'es', c)[0])).toEqual(['resumen@1', 'reunion@0.6:lexicon']);
    expect(alts(of('el resumen', 'es', c)[0])).toEqual(['resum@1', 'reunion@0.6:lexicon']);
  });

  it('add the spelling variants the index holds, a little below the term', () => {
    const [modify, mandate] = of('modifier le mandat', 'fr');
    expect(alts(modify)).toEqual(['modifi@1', 'modif@0.85:variant']);
    expect(alts(mandate)).toEqual(['mandat@1']);
  });

  it('weigh a side remark less than the question it goes with', () => {
    const groups = of('what are the objectives? need them for the slides');
    expect(groups.map((g) => [g.original.join(' '), g.importance])).toEqual([
      ['object', 1],
      ['need', 0.3],
      ['slide', 0.3],
    ]);
  });

  it('count a concept met in a side remark and in the question once, as important as in the question', () => {
    const groups = of('need it for the slides on the JCG-IoTSec - what is the JCG-IoTSec deadline?');
    const jcg = groups.filter((g) => g.original.join(' ') === 'jcg iotsec');
    expect(jcg).toHaveLength(1);
    expect(jcg[0].importance).toBe(1);
    expect(groups.find((g) => g.original[0] === 'slide')?.importance).toBe(0.3);
  });

  it('rate how specific each word is in general language', () => {
    const bySpec = Object.fromEntries(of('need budget Schengen 2026').map((g) => [g.original.join(' '), g.specificity]));
    expect(bySpec.need).toBe(0.15);
    expect(bySpec.budget).toBeGreaterThan(0.3);
    expect(bySpec.budget).toBeLessThan(1);
    expect(bySpec.schengen).toBe(1);
    expect(bySpec['2026']).toBe(1);
    // A short word nothing knows is chat shorthand or a typo, not a name; an acronym the glossary or corpus has is a name.
    const short = Object.fromEntries(of('wich tbh ish tsag NIST').map((g) => [g.original.join(' '), g.specificity]));
    expect([short.wich, short.tbh, short.ish]).toEqual([0.15, 0.15, 0.15]);
    expect([short.tsag, short.nist]).toEqual([1, 1]);
    // Without a frequency table every concept counts as specific.
    expect(of('need budget', 'en', new QueryConcepts(lexical, { glossary })).map((g) => g.specificity)).toEqual([1, 1]);
  });

  it("read a word the corpus lacks as the corpus's languages read it: a word spelled alike is the same word", () => {
    // The Spanish stemmer cuts "covid" to "cov", which no clause holds; the French one leaves the "covid" of "COVID-19".
    const [covid] = of('covid', 'es');
    expect(covid.original).toEqual(['cov']);
    expect(alts(covid)).toContain('covid@0.85:variant');
    // A word whose own stem the corpus holds keeps it alone.
    expect(alts(of('covid', 'en')[0])).toEqual(['covid@1']);
  });

  it('write chat shorthand out before analysis', () => {
    const shorthand = new Shorthand({ en: { mtg: 'meeting' }, fr: {}, es: {} });
    const groups = of('deadline for the mtg', 'en', new QueryConcepts(lexical, { glossary, shorthand }));
    expect(groups.map((g) => g.original.join(' '))).toEqual(['deadlin', 'meet']);
  });
});

describe('senses that only find clauses', () => {
  /** The test lexicon with one sense of `kind` added: `word` (analysed, in `lang`) → `target` (French). */
  const withSense = (lang: 'en' | 'fr', word: string, target: string, kind: string) => {
    const sense = [[target, 'fr', LEXICON_KINDS.findIndex((k) => k.kind === kind), [0]]] as [string, 'fr', number, number[]][];
    const expansions = { ...lexiconFile.expansions, [lang]: { ...lexiconFile.expansions[lang], [word]: sense } };
    return new QueryConcepts(lexical, { lexicon: new Lexicon({ ...lexiconFile, expansions }) });
  };
  const checking = { families: false, question: false };

  it('finds a clause through what a word is a kind of, but a statement checked reads no such sense ("devices" is no "gadgets")', () => {
    const c = withSense('en', 'gadget', 'disposit', 'hypernym-translation');
    expect(alts(c.of('gadget', 'en')[0])).toContain('disposit@0.3:lexicon');
    expect(alts(c.of('gadget', 'en', checking)[0])).not.toContain('disposit@0.3:lexicon');
  });

  it('finds a clause through a thesaurus synonym, but a statement checked reads no such sense', () => {
    const c = withSense('fr', 'lien', 'relat', 'thesaurus');
    expect(alts(c.of('resserrer les liens', 'fr')[1])).toContain('relat@0.4:lexicon');
    expect(alts(c.of('resserrer les liens', 'fr', checking)[1])).not.toContain('relat@0.4:lexicon');
  });
});

describe('spelling correction', () => {
  it('reads a word nothing knows as the known term one edit away', () => {
    expect(of('who are the convnors?').map((g) => g.original)).toEqual([['convenor']]);
  });

  it('leaves a word the general language knows, even one edit from a corpus or glossary term', () => {
    // "county" is not "country": the frequency table knows it.
    expect(of('which county hosts it?')[0].original).toEqual(['counti']);
    // Without the table nothing knows "county", and it is read as "country".
    expect(of('which county hosts it?', 'en', new QueryConcepts(lexical, { glossary }))[0].original).toEqual(['countri']);
  });

  it('leaves compounds, numbers and short words alone', () => {
    expect(of('JCG-IoTSek').map((g) => g.original)).toEqual([['jcg', 'iotsek']]);
    expect(of('SG18').map((g) => g.original.join(' '))).toEqual(['sg18', 'sg', '18']);
    expect(of('mtgs').map((g) => g.original)).toEqual([['mtgs']]);
  });
});

describe('function words', () => {
  const originals = (q: string, lang: 'en' | 'fr' | 'es') => of(q, lang).flatMap((g) => g.original);

  it('leaves out the forms of auxiliaries, pronouns and contractions the short stop lists lack', () => {
    expect(originals('does res 98 say anything about every gadget having its own worldwide ID itself?', 'en')).not.toEqual(
      expect.arrayContaining(['have']),
    );
    expect(originals("why weren't the members invited?", 'en')).toEqual(['member', 'invit']);
    expect(originals('¿qué estaban haciendo los grupos que hubiera creado la UIT?', 'es')).not.toContain('estab');
  });

  it('reads only the question’s own language, and keeps the Member States', () => {
    expect(originals('¿qué piden a los Estados Miembros?', 'es')).toEqual(expect.arrayContaining(['estad']));
    // "era" is a Spanish function word ("it was"), an English noun.
    expect(originals('the era of IoT', 'en')).toContain('era');
    expect(originals('¿cuándo era la reunión?', 'es')).not.toContain('era');
  });
});
