import { describe, expect, it } from 'vitest';
import { ClauseList } from '../../../retrieval/ingest/clause-store.ts';
import type { Clause, DocumentMeta } from '../../../retrieval/types.ts';
import { seedStore } from '../../helpers/seed-corpus.ts';

const store = seedStore();
const id = (index: number) => store.clauses[index].id;
const items = (leadId: string) => store.listItems(store.indexOf(leadId)).map(id);

const doc = (docId: string, language: DocumentMeta['language']): DocumentMeta => ({
  id: docId,
  file: `${docId}.txt`,
  title: docId,
  citation: docId,
  short: docId,
  language,
});
const clause = (docId: string, n: number, text: string, context: string): Clause => ({
  id: `${docId}:p${n}`,
  docId,
  label: `${docId} › ${n}`,
  text,
  context,
  start: 0,
  end: 0,
});

describe('the clause list', () => {
  it('finds every clause by its id, and no other', () => {
    store.clauses.forEach((c, i) => expect(store.indexOf(c.id)).toBe(i));
    expect(store.indexOf('tsb-circ-67:p99')).toBe(-1);
    expect(store.indexOf('')).toBe(-1);
  });

  it('gives the language of a clause’s document', () => {
    expect(store.languageOf(store.indexOf('tsb-circ-67:p6'))).toBe('fr');
    const list = new ClauseList(
      [clause('en-doc', 1, 'Text.', 'Title'), clause('es-doc', 1, 'Texto.', 'Título')],
      [doc('en-doc', 'en'), doc('es-doc', 'es')],
    );
    expect([list.languageOf(0), list.languageOf(1)]).toEqual(['en', 'es']);
    // A clause of an unknown document, or no clause at all: French, the seed corpus's language.
    expect(new ClauseList([clause('missing', 1, 'x', '')], []).languageOf(0)).toBe('fr');
    expect(list.languageOf(99)).toBe('fr');
  });

  it('lists the items of a list lead-in, in order', () => {
    expect(items('wtdc17-acp-2:reasons:para-4')).toEqual(['i', 'ii', 'iii', 'iv'].map((n) => `wtdc17-acp-2:reasons:${n}`));
    expect(items('c22-32-gca:s1.7')).toEqual(['c22-32-gca:s1.7:a', 'c22-32-gca:s1.7:b']);
    expect(items('tsb-circ-67:annex-a:scope-and-objectives:para-3').slice(0, 4)).toEqual(
      [1, 2, 3, 4].map((n) => `tsb-circ-67:annex-a:scope-and-objectives:item-${n}`),
    );
  });

  it('lists nothing for a clause that introduces no list, nor for an item', () => {
    expect(items('tsb-circ-67:p6')).toEqual([]);
    expect(items('wtdc17-acp-2:reasons:i')).toEqual([]);
    expect(store.listItems(-1)).toEqual([]);
  });

  it('knows the list an item belongs to when a heading, not a lead-in, opens it', () => {
    // The ToR's "Méthodes de travail" items follow their heading directly.
    const methods = (n: number) => store.indexOf(`tsb-circ-67:annex-a:working-methods:item-${n}`);
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `tsb-circ-67:annex-a:working-methods:item-${n}`);
    expect(store.listOf(methods(4)).map(id)).toEqual(all);
    // Items opened by a lead-in are that lead-in's (listItems), and a paragraph is in no such list.
    expect(store.listOf(store.indexOf('tsb-circ-67:annex-a:scope-and-objectives:item-1'))).toEqual([]);
    expect(store.listOf(store.indexOf('tsb-circ-67:p6'))).toEqual([]);
  });

  it("takes a resolution's operative section, its numbered clauses under a heading, for one list", () => {
    const invites = [1, 2, 3, 4, 5, 6].map((n) => `wtsa-res-98:invites-itu-t-members:${n}`);
    expect(store.listOf(store.indexOf(invites[3])).map(id)).toEqual(invites);
    // Another section's clauses are another list; a lettered preamble clause is in none.
    expect(store.listOf(store.indexOf('wtsa-res-98:instructs-the-director-of-tsb:2')).map(id)).not.toContain(invites[0]);
    expect(store.listOf(store.indexOf('wtsa-res-98:considering:a'))).toEqual([]);
  });

  it('ties the items right after a numbered paragraph that ends with a colon to it, the run and no further', () => {
    // "4.1 TSB organized the following BSG workshops in 2025:" and its dashed items (an unseen English report).
    const at = (id: string, text: string): Clause => ({ ...clause('r', 0, text, 'R\nWorkshops'), id: `r:${id}` });
    const list = new ClauseList(
      [
        at('s4.1', 'TSB organized the following BSG workshops in 2025:'),
        at('s4:item-1', 'Nairobi, 3-4 March 2025;'),
        at('s4:item-2', 'Lima, 9-10 June 2025.'),
        at('s4.2', 'Some 300 experts took part.'),
        at('s4:item-3', 'an item after a plain numbered paragraph;'),
      ],
      [doc('r', 'en')],
    );
    expect(list.listItems(0)).toEqual([1, 2]);
    expect(list.listItems(3)).toEqual([]);
  });

  it('ties items to the lead-in of their own document only', () => {
    const lead = 'Les objectifs sont les suivants:';
    const list = new ClauseList(
      [
        clause('a', 1, lead, 'A'),
        clause('a', 2, 'premier objectif;', `A\n${lead}`),
        clause('b', 1, 'autre objectif;', `B\n${lead}`),
        clause('b', 2, lead, 'B'),
      ],
      [doc('a', 'fr'), doc('b', 'fr')],
    );
    expect(list.listItems(0)).toEqual([1]);
    expect(list.listItems(3)).toEqual([2]);
  });

  // Bug (parser and store together): the paragraph after the objectives list ("Il s'agit
  // d'aider les présidents …", labelled "para. 4", not an item) carries the lead-in as its
  // last context line, and the store takes any such clause for an item of the list.
  it('lists only the items, not the paragraph that follows the list', () => {
    expect(items('tsb-circ-67:annex-a:scope-and-objectives:para-3')).toEqual(
      [1, 2, 3, 4].map((n) => `tsb-circ-67:annex-a:scope-and-objectives:item-${n}`),
    );
  });

  it("gives a section's opening paragraph ending with a colon the section's lettered clauses, as its list", () => {
    const section = (local: string, text: string): Clause => ({
      ...clause('g', 0, text, 'Section 5 Capteurs'),
      id: `g:section-5:${local}`,
      label: `G › Section 5 › ${local}`,
    });
    const list = new ClauseList(
      [
        section('intro', 'Les bâtiments comptent des milliers de capteurs. Les lignes directrices suivantes sont proposées:'),
        section('a', 'tenir un inventaire à jour des capteurs connectés;'),
        section('b', 'signer les mises à jour.'),
        { ...clause('g', 6, 'La Section 6 porte sur la formation.', 'Section 6'), id: 'g:section-6:intro' },
      ],
      [doc('g', 'fr')],
    );
    expect(list.listOf(0)).toEqual([1, 2]);
    // It is the section's list, read when the question asks for one; no lead-in of its own text.
    expect(list.listItems(0)).toEqual([]);
    expect(list.listOf(3)).toEqual([]);
  });
});
