import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../retrieval/query/lexicon.ts';
import { LEXICON_PATH } from '../../../retrieval/open-assistant.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANALYSIS_VERSION, analyzeQuery } from '../../../retrieval/query/analyze.ts';

const lexicon = Lexicon.fromFile(LEXICON_PATH);
const term = (word: string, lang: 'en' | 'fr' | 'es') => analyzeQuery(word, lang)[0].term;
/** The alternative of an English word that is `target` in `lang`, of a kind starting with `kind`. */
const englishAlternative = (word: string, lang: 'en' | 'fr', target: string, kind: string) =>
  lexicon
    .alternatives(term(word, 'en'), 'en')
    .find((a) => a.lang === lang && a.terms.join(' ') === term(target, lang) && a.kind.startsWith(kind));

describe('the general lexicon', () => {
  it('bridges everyday words across languages, with where each alternative comes from', () => {
    const meeting = lexicon.alternatives(term('meeting', 'en'), 'en');
    expect(meeting.some((a) => a.lang === 'fr' && a.terms.join(' ') === term('réunion', 'fr'))).toBe(true);
    const correo = lexicon.alternatives(term('correo', 'es'), 'es').find((a) => a.lang === 'fr');
    expect(correo).toMatchObject({ kind: 'dictionary', sources: ['apertium-fr-es'] });
    for (const alt of meeting) expect(alt.weight).toBeLessThan(0.9);
  });

  it("translates a word's synonyms by the sense they share: 'nation' is 'pays' (country, land), before 'affirmer' (to state)", () => {
    const nation = lexicon.alternatives(term('nation', 'en'), 'en').filter((a) => a.kind === 'synonym-translation');
    const at = (fr: string) => nation.findIndex((a) => a.terms.join(' ') === term(fr, 'fr'));
    expect(at('pays')).toBeGreaterThanOrEqual(0);
    expect(at('affirmer') < 0 || at('pays') < at('affirmer')).toBe(true);
  });

  it("fills the gaps of the dictionaries from Debian's word lists: 'kickoff' is a 'start', 'borrador' a 'brouillon'", () => {
    expect(englishAlternative('kickoff', 'en', 'start', 'synonym')).toMatchObject({ sources: ['wordnet-3.0'] });
    const borrador = lexicon.alternatives(term('borrador', 'es'), 'es').find((a) => a.lang === 'fr');
    expect(borrador).toMatchObject({ kind: 'dictionary', sources: ['apertium-fr-es'], terms: [term('brouillon', 'fr')] });
  });

  it("leaves a stem a covered one extends by a letter to the typo tolerance: 'deliverable' ('deliver') is 'delivery'", () => {
    expect(lexicon.knows(term('deliverable', 'en'), 'en')).toBe(false);
    expect(lexicon.knows(term('delivery', 'en'), 'en')).toBe(true);
    // A letter changed is another word: 'aprobó' ('aprob') is 'approuver', not 'arroba' ('arrob').
    const aprobo = lexicon.alternatives(term('aprobó', 'es'), 'es').find((a) => a.lang === 'fr');
    expect(aprobo?.terms).toEqual([term('approuver', 'fr')]);
  });

  it("reaches a word's family in English and its translations: 'decide' meets 'decision' and 'décision', below a synonym", () => {
    const derived = (lang: 'en' | 'fr', word: string) => englishAlternative('decide', lang, word, 'derivation');
    expect(derived('en', 'decision')).toMatchObject({ kind: 'derivation', weight: 0.5, sources: ['wordnet-3.0'] });
    expect(derived('fr', 'décision')).toMatchObject({ kind: 'derivation-translation', weight: 0.4 });
  });

  it("reaches what a noun is a kind of, and its translation, below everything else: 'checklist' is a 'list', a 'liste'", () => {
    const kindOf = (lang: 'en' | 'fr', word: string) => englishAlternative('checklist', lang, word, 'hypernym');
    expect(kindOf('en', 'list')).toMatchObject({ kind: 'hypernym', weight: 0.35, sources: ['wordnet-3.0'] });
    expect(kindOf('fr', 'liste')).toMatchObject({ kind: 'hypernym-translation', weight: 0.3 });
    expect(lexicon.alternatives(term('cutoff', 'en'), 'en').some((a) => a.lang === 'fr' && a.terms.join(' ') === 'limit')).toBe(true);
  });

  it("gives a French word its French synonyms, below a translation, none to a common word: 'homologation' is 'approbation'", () => {
    const french = (word: string) => lexicon.alternatives(term(word, 'fr'), 'fr').filter((a) => a.lang === 'fr');
    expect(french('homologation')).toContainEqual(
      expect.objectContaining({ terms: [term('approbation', 'fr')], kind: 'thesaurus', weight: 0.4, sources: ['mythes-fr'] }),
    );
    expect(french('lien').map((a) => a.terms.join(' '))).toContain(term('relation', 'fr'));
    // "entre" lists the senses of "entrée" ("début"): a common word gets none.
    expect(french('entre')).toEqual([]);
  });

  it('joins the forms of a lemma that stemming keeps apart, in each language, and not a word that is another lemma too', () => {
    const mates = (word: string, lang: 'en' | 'fr' | 'es') => lexicon.mates(term(word, lang), lang);
    expect(mates('tient', 'fr')).toEqual(expect.arrayContaining([term('tiendra', 'fr'), term('tenir', 'fr')]));
    expect(mates('couverts', 'fr')).toContain(term('couvrir', 'fr'));
    expect(mates('cubierto', 'es')).toContain(term('cubrir', 'es'));
    // Preterites Snowball leaves whole, which Debian's word list lacks: generated from the infinitive by Apertium.
    expect(mates('tradujeron', 'es')).toContain(term('traducir', 'es'));
    expect(mates('armaron', 'es')).toContain(term('armar', 'es'));
    expect(mates('held', 'en')).toEqual([term('hold', 'en')]);
    // "missions" is a form of "mettre" and of the noun "mission": it joins neither family.
    expect(mates('mis', 'fr')).not.toContain(term('mission', 'fr'));
    expect(mates('réunion', 'fr')).toEqual([]);
  });

  it('reads its word families from its own lines, a damaged one costing only itself', () => {
    const file = (families: string) => `${JSON.stringify({ format: 3, analysis: ANALYSIS_VERSION, sources: [], kinds: [] })}\n${families}`;
    const dir = mkdtempSync(join(tmpdir(), 'iotsec-lexicon-'));
    writeFileSync(join(dir, 'lexicon.tsv'), file('f\ten\thold<vblex>\theld hold\nf\txx\tbad\tzz yy\nf\ten\n'));
    const read = Lexicon.fromFile(join(dir, 'lexicon.tsv'));
    expect(read.mates('held', 'en')).toEqual(['hold']);
    expect(read.describe().families).toEqual({ en: 1, fr: 0, es: 0 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('describes its size and sources', () => {
    const { entries, sources, alternatives } = lexicon.describe();
    expect(entries.en).toBeGreaterThan(5000);
    expect(entries.fr).toBeGreaterThan(5000);
    expect(entries.es).toBeGreaterThan(3000);
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(['freedict-eng-fra', 'apertium-fr-es', 'wordnet-3.0']));
    expect(sources.every((s) => s.licence && s.debian)).toBe(true);
    expect(alternatives.dictionary).toBeGreaterThan(10_000);
  });
});
