import { describe, expect, it } from 'vitest';
import { DocumentNames } from '../../../retrieval/query/named-documents.ts';
import type { DocumentMeta } from '../../../retrieval/types.ts';
import { SEED_DOCS, seedStages } from '../../helpers/seed-corpus.ts';

const names = new DocumentNames(new Map(SEED_DOCS.map((d) => [d.id, d])));
const named = (q: string) => [...names.in(q)].sort();

describe('documents a question names', () => {
  it('finds a document by its short name, citation or a manifest alias, whatever the case and accents', () => {
    expect(named('According to the GCA guidelines, what should ITU do about capacity building?')).toEqual(['c22-32-gca']);
    expect(named('what about C22/32?')).toEqual(['c22-32-gca']);
    expect(named('C25/18: how many countries did ITU assist?')).toEqual(['c25-18']);
    expect(named('Que dit la circulaire 67 sur la première réunion ?')).toEqual(['tsb-circ-67']);
    expect(named('ACP-2 proposal: what does it ask of the BDT?')).toEqual(['wtdc17-acp-2']);
    expect(named('WTSA Res. 98 (Rev. Geneva, 2022)')).toEqual(['wtsa-res-98']);
  });

  it('reads "Res." as Resolution and Résolution', () => {
    for (const q of [
      'in Res. 98, what is SG20 instructed to do?',
      'res 98',
      'What does Resolution 98 say?',
      'Que dit la Résolution 98 ?',
    ]) {
      expect(named(q), q).toEqual(['wtsa-res-98']);
    }
  });

  it('reads a circular written short: "Circ. 67", "TSB Circ 67"', () => {
    for (const q of ['fax on the circ 67 letterhead?', 'TSB Circ. 67 says what?', 'la circ 67 dit quoi'])
      expect(named(q), q).toEqual(['tsb-circ-67']);
  });

  it('finds a document by the name of its annex', () => {
    expect(named('What do the JCG-IoTSec ToR say about reports?')).toEqual(['tsb-circ-67']);
  });

  it('needs the whole name, in order: a word of it is not a name', () => {
    expect(named('who chairs SG17?')).toEqual([]);
    expect(named('Resolution 130')).toEqual([]);
    expect(named('98 resolutions')).toEqual([]);
    expect(named('guidelines on GCA')).toEqual([]);
  });

  it('finds several documents in one question', () => {
    expect(named('Compare Res. 98 and the GCA guidelines')).toEqual(['c22-32-gca', 'wtsa-res-98']);
  });

  it('ignores names shorter than three characters', () => {
    const doc: DocumentMeta = { id: 'x', file: 'x.txt', title: 'X', citation: 'X', short: 'Q1', language: 'en', aliases: ['AB'] };
    expect([...new DocumentNames(new Map([['x', doc]])).in('What is Q1 about? AB?')]).toEqual([]);
  });
});

describe('documents a question calls by their kind and a code of their own', () => {
  const coded = (q: string) => Object.fromEntries(names.byCode(q));

  it('names a document by its kind beside an acronym, identifier or number of its names, in any order and language', () => {
    expect(coded('las directrices gca dicen algo de eso?')).toEqual({ 'c22-32-gca': ['gca', 'directrices'] });
    expect(coded('la proposition APT vise quels pays ?')).toEqual({ 'wtdc17-acp-2': ['apt', 'proposition'] });
    expect(coded('who signed the TSB circular?')).toEqual({ 'tsb-circ-67': ['tsb', 'circular'] });
    expect(Object.keys(coded('el informe sobre la 130, qué estructura sigue?'))).toEqual(['c25-18']);
  });

  it('needs the kind: a code alone, or with another kind of document, names nothing', () => {
    expect(coded('what does the GCA say about capacity building?')).toEqual({});
    expect(coded('the APT report on IoT')).toEqual({});
    expect(coded('guidelines, and then a long way further on, GCA')).toEqual({});
  });

  it('takes no number written outside a name of the kind, and no year, as a code', () => {
    // "Doc. 22(Add.12)" is in the APT proposal's citation; "2022" in Res. 98's.
    expect(coded('the proposal of document 22')).toEqual({});
    expect(coded('the 2022 resolution')).toEqual({});
  });

  it('reads "which resolution of the WTSA" as a kind asked for, not a document named', () => {
    expect(coded('which resolution of the WTSA set up SG20?')).toEqual({});
    expect(coded('à quelle résolution de la WTSA se réfère-t-il ?')).toEqual({});
    expect(Object.keys(coded('the WTSA resolution on IoT'))).toEqual(['wtsa-res-98']);
  });

  it('leaves a code two documents share to neither', () => {
    const doc = (id: string, short: string): DocumentMeta => ({
      id,
      file: `${id}.txt`,
      title: short,
      citation: short,
      short,
      language: 'en',
      kind: 'report',
    });
    const shared = new DocumentNames(
      new Map([
        ['a', doc('a', 'TSAG report A')],
        ['b', doc('b', 'TSAG report B')],
      ]),
    );
    expect([...shared.byCode('the TSAG report')]).toEqual([]);
  });
});

describe('the words of a document’s names', () => {
  it('are analysed in every language the names use, compounds kept whole too', () => {
    const gca = names.terms('c22-32-gca');
    expect(gca).toEqual(expect.arrayContaining(['gca', 'guidelin', 'c22/32', 'lign', 'directric']));
    expect(new Set(gca).size).toBe(gca.length);
    expect(names.terms('wtsa-res-98')).toEqual(expect.arrayContaining(['res', '98', 'wtsa']));
  });

  it('are empty for a document that does not exist', () => {
    expect(names.terms('no-such-doc')).toEqual([]);
  });
});

describe('a source described after "according to", "selon", "según"', () => {
  const described = (q: string, lang: 'en' | 'fr' | 'es') => {
    const source = DocumentNames.sourceOf(q);
    return source === undefined ? undefined : names.described(seedStages().concepts.of(source, lang));
  };

  it('is the words after the cue, up to the clause end; not a name with its number', () => {
    expect(DocumentNames.sourceOf('Which partners did ITU work with, according to the Council report?')).toBe('the Council report');
    expect(DocumentNames.sourceOf('Combien de pays, selon le rapport du Secrétaire général au Conseil ?')).toBe(
      'le rapport du Secrétaire général au Conseil',
    );
    expect(DocumentNames.sourceOf('Según la Resolución 217, ¿qué plazos se fijan?')).toBeUndefined();
    expect(DocumentNames.sourceOf("selon le rapport 2025 de l'UIT")).toBe("le rapport 2025 de l'UIT");
  });

  it('is the one document whose names and title hold most of the description, in any language', () => {
    expect(described('how many countries, according to the Secretary-General’s report to Council?', 'en')).toBe('c25-18');
    expect(described('selon le rapport du Secrétaire général au Conseil', 'fr')).toBe('c25-18');
    expect(described('according to the guidelines on the Global Cybersecurity Agenda', 'en')).toBe('c22-32-gca');
    // One word of a title is no description; words no title holds describe nothing.
    expect(described('according to the report', 'en')).toBeUndefined();
    expect(described('according to the Minister of Finance', 'en')).toBeUndefined();
  });
});

describe('a document described by a relative clause', () => {
  it('is its kind and what the clause says it did, up to the question’s own verb or a punctuation mark', () => {
    expect(DocumentNames.describedBy('need the ref of the circular that set up the jcg, for our report')).toBe('circular set up the jcg');
    expect(DocumentNames.describedBy('la lettre circulaire qui annonce la création du groupe est datée de quand ?')).toBe(
      'circulaire annonce la creation du groupe',
    );
    expect(DocumentNames.describedBy('is it true that the report that ITU sent to the Council says so?')).toBe(
      'report itu sent to the council says',
    );
    // A relative clause after anything but a kind of document describes none.
    expect(DocumentNames.describedBy('which group is it that the circular created?')).toBeUndefined();
  });

  it('names the document whose title holds what it did', () => {
    const of = (q: string, lang: 'en' | 'fr') => names.described(seedStages().concepts.of(DocumentNames.describedBy(q)!, lang));
    expect(of('need the ref of the circular that set up the jcg, for our report', 'en')).toBe('tsb-circ-67');
    expect(of('la lettre circulaire qui annonce la création du groupe est datée de quand ?', 'fr')).toBe('tsb-circ-67');
  });
});
