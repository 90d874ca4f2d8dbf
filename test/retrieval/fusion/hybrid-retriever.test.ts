import { beforeAll, describe, expect, it } from 'vitest';
import { DenseSearch } from '../../../retrieval/dense/dense-search.ts';
import { ExactIndex } from '../../../retrieval/dense/exact-index.ts';
import { HashEmbedder } from '../../../retrieval/dense/hash-embedder.ts';
import { HybridRetriever } from '../../../retrieval/fusion/hybrid-retriever.ts';
import { DocumentNames } from '../../../retrieval/query/named-documents.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const lexicalOnly = seedStages();
let hybrid: typeof lexicalOnly;

beforeAll(async () => {
  // A deterministic embedder over an exact index: French bags of stems, so English questions meet near-random
  // neighbours — the case where dense candidates could crowd out the lexical ones.
  const embedder = new HashEmbedder(256, 'fr');
  const vectors = new ExactIndex(embedder.dimensions);
  const { store, lexical, concepts } = lexicalOnly;
  vectors.addAll(await embedder.embed(store.clauses.map((c) => c.text)));
  const dense = new DenseSearch(embedder, vectors);
  hybrid = { ...lexicalOnly, retriever: new HybridRetriever({ store, lexical, concepts, names: new DocumentNames(store.docs), dense }) };
});

const GCA_QUESTION = 'According to the GCA guidelines, what should ITU do about capacity building?';
const SAME_WITHOUT_NAME = 'what should ITU do about capacity building?';

describe('lexical retrieval', () => {
  it('returns the question’s concepts and candidates with their coverage and concept credits', async () => {
    const { lexical, retriever } = lexicalOnly;
    const { hits, groups } = await retriever.retrieve('Who are the co-convenors of JCG-IoTSec?', 'en', 5);
    expect(retriever.dense).toBe(false);
    expect(groups.map((g) => g.original.join(' '))).toEqual(['co convenor', 'jcg iotsec']);
    expect(
      hits
        .map((h) => h.clause.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['tsb-circ-67:annex-a:working-methods:item-6', 'tsb-circ-67:p3']);
    for (const h of hits) {
      expect(h.coverage).toBe(lexical.coverage(groups, h.index));
      expect(h.credits).toEqual(lexical.credits(groups, [h.index]));
      expect(h.clause).toBe(lexicalOnly.store.clauses[h.index]);
      expect(h.dense).toBe(0);
    }
  });

  it('scales strength to the best candidate’s lexical score and orders by fused rank', async () => {
    const { hits } = await lexicalOnly.retriever.retrieve('Quelle est la date limite pour soumettre des contributions ?', 'fr', 8);
    const best = Math.max(...hits.map((h) => h.lexical));
    expect(hits[0].strength).toBe(1);
    for (const h of hits) expect(h.strength).toBeCloseTo(h.lexical / best, 12);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i].fused).toBeLessThanOrEqual(hits[i - 1].fused);
    expect(hits[0].clause.id).toBe('tsb-circ-67:p8');
  });

  it('finds nothing for a question without concepts', async () => {
    expect((await lexicalOnly.retriever.retrieve('what is it?', 'en')).hits).toEqual([]);
  });

  it('gives the concepts of a text as retrieval searches them', () => {
    expect(lexicalOnly.retriever.concepts('date limite', 'fr')).toEqual(lexicalOnly.concepts.of('date limite', 'fr'));
  });
});

describe('a question that names a document', () => {
  it('does not search the document’s name as a topic', async () => {
    const named = await lexicalOnly.retriever.retrieve(GCA_QUESTION, 'en', 6);
    const plain = await lexicalOnly.retriever.retrieve(SAME_WITHOUT_NAME, 'en', 6);
    expect(named.groups.map((g) => g.original.join(' '))).toEqual(plain.groups.map((g) => g.original.join(' ')));
    expect(named.groups.flatMap((g) => g.original)).not.toContain('gca');
  });

  it('boosts that document’s clauses and marks them', async () => {
    const named = await lexicalOnly.retriever.retrieve(GCA_QUESTION, 'en', 6);
    const plain = await lexicalOnly.retriever.retrieve(SAME_WITHOUT_NAME, 'en', 50);
    expect(named.hits.every((h) => h.clause.docId === 'c22-32-gca' && h.named)).toBe(true);
    expect(plain.hits.some((h) => h.clause.docId !== 'c22-32-gca')).toBe(true);
    expect(plain.hits.some((h) => h.named)).toBe(false);
    for (const h of named.hits) {
      const before = plain.hits.find((p) => p.index === h.index)!;
      expect(h.lexical).toBeCloseTo(before.lexical * 1.5, 9);
    }
  });

  it('reads a document called by its kind and a code of its own, and only those words stop being topics', async () => {
    const { hits, groups } = await lexicalOnly.retriever.retrieve('las directrices gca hablan de certificación mutua?', 'es', 5);
    expect(hits[0].clause.docId).toBe('c22-32-gca');
    expect(hits.filter((h) => h.clause.docId === 'c22-32-gca').every((h) => h.named)).toBe(true);
    expect(groups.flatMap((g) => g.original)).not.toContain('gca');
    // "the Res 130 report" names C25/18 by "130" and "report": "Council resolution" is still asked about.
    const refs = await lexicalOnly.retriever.retrieve('which Council resolution is in the references of the Res 130 report?', 'en', 5);
    expect(refs.hits.some((h) => h.named && h.clause.docId === 'c25-18')).toBe(true);
    expect(refs.groups.flatMap((g) => g.original)).toEqual(expect.arrayContaining(['council', 'resolu']));
  });

  it('keeps a word of the name as a topic where the question writes it again outside the name', async () => {
    const itself = await lexicalOnly.retriever.retrieve('are the GCA guidelines trying to rewrite the GCA itself?', 'en', 5);
    expect(itself.groups.flatMap((g) => g.original)).toContain('gca');
    const other = await lexicalOnly.retriever.retrieve('which ITU-R resolution on wireless systems does Res 98 refer to?', 'en', 5);
    expect(other.groups.flatMap((g) => g.original)).toContain('resolu');
    const once = await lexicalOnly.retriever.retrieve('what does Res 98 say about wireless systems?', 'en', 5);
    expect(once.groups.flatMap((g) => g.original)).not.toContain('resolu');
  });

  it('keeps the name as the topic when the question is nothing else', async () => {
    const { groups, hits } = await lexicalOnly.retriever.retrieve('GCA guidelines', 'en', 5);
    expect(groups.flatMap((g) => g.original)).toContain('gca');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.named)).toBe(true);
  });
});

describe('hybrid retrieval with dense candidates', () => {
  const questions = [
    'Who are the co-convenors of JCG-IoTSec?',
    'When is the first meeting?',
    'What should ITU do for capacity building in developing countries?',
    'How many countries has ITU assisted with CIRT?',
    'Qui sont les coresponsables du Groupe JCG-IoTSec ?',
  ];

  it('adds dense scores to the candidates and weighs them into strength', async () => {
    const { hits } = await hybrid.retriever.retrieve('Qui sont les coresponsables du Groupe JCG-IoTSec ?', 'fr', 6);
    expect(hybrid.retriever.dense).toBe(true);
    expect(hits.some((h) => h.dense > 0)).toBe(true);
    for (const h of hits) {
      expect(h.strength).toBeGreaterThanOrEqual(0);
      expect(h.strength).toBeLessThanOrEqual(1 + 1e-9);
    }
    // A clause found only by its vector has no lexical score: at most the dense share of strength.
    for (const h of hits.filter((x) => x.lexical === 0)) expect(h.strength).toBeLessThanOrEqual(0.3 + 1e-9);
  });

  it('never lets dense neighbours push the best lexical matches out of the candidates', async () => {
    let rescued = 0;
    for (const q of questions) {
      for (const k of [2, 4, 6]) {
        const lexical = await lexicalOnly.retriever.retrieve(q, 'en', k);
        const { hits } = await hybrid.retriever.retrieve(q, 'en', k);
        const best = lexical.hits.slice(0, Math.ceil(k / 2)).map((h) => h.index);
        const ids = hits.map((h) => h.index);
        for (const index of best) expect(ids, `${q} (k=${k})`).toContain(index);
        expect(hits.length).toBeLessThanOrEqual(k + Math.ceil(k / 2));
        rescued += best.filter((index) => !ids.slice(0, k).includes(index)).length;
      }
    }
    // The rule is exercised: some best lexical matches are beyond the first k of the fused order.
    expect(rescued).toBeGreaterThan(0);
  });

  it('still gives each candidate its lexical coverage and credits', async () => {
    const { hits, groups } = await hybrid.retriever.retrieve('When is the first meeting?', 'en', 6);
    for (const h of hits) {
      expect(h.coverage).toBe(hybrid.lexical.coverage(groups, h.index));
      expect(h.credits).toEqual(hybrid.lexical.credits(groups, [h.index]));
    }
  });
});
