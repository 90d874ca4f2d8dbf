import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../../retrieval/answer/extractive.ts';
import { timesAsked } from '../../../retrieval/answer/relative-time.ts';
import { questionForm } from '../../../retrieval/query/question-form.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { seedClause, seedStages } from '../../helpers/seed-corpus.ts';

const stages = seedStages();
// ToR, working methods, 3rd item: "Les résultats des activités du groupe feront l'objet d'un rapport un mois avant chaque
// réunion de la CE 17 et de la CE 20."
const REPORT = 'tsb-circ-67:annex-a:working-methods:item-3';

function times(question: string, lang: Lang, text = seedClause(REPORT).text): boolean {
  const groups = stages.concepts.of(question, lang);
  return timesAsked(text, questionForm(question, lang, groups), groups, lang);
}

describe('a time given relative to something else', () => {
  it('times what the sentence says before the marker, not what it is counted from', () => {
    expect(times('When is the JCG report due?', 'en')).toBe(true);
    expect(times('when do we owe SG17 and SG20 a writeup before their meetings?', 'en')).toBe(false);
    expect(times('quand faut-il rendre le rapport du groupe ?', 'fr')).toBe(true);
    expect(times('When is the next SG17 meeting?', 'en')).toBe(false);
    expect(times("c'est quand la prochaine réunion de la CE 17 ?", 'fr')).toBe(false);
    expect(times('¿cuándo es la próxima reunión de la CE 20?', 'es')).toBe(false);
  });

  it('reads what follows the comma when the marker opens the sentence', () => {
    const opening = 'Avant chaque réunion de la CE 17, le groupe soumettra un rapport.';
    expect(times('When does the group submit its report?', 'en', opening)).toBe(true);
    expect(times('When is the next SG17 meeting?', 'en', opening)).toBe(false);
  });

  it('needs a marker at all', () => {
    expect(times('When is the JCG report due?', 'en', 'Le groupe rendra compte de ses travaux.')).toBe(false);
  });
});

describe('a question that asks when, found a clause that only times something else', () => {
  /** The extractive answer from the clauses retrieved; `only` keeps one of them. */
  const ask = async (question: string, lang: Lang, only?: string) => {
    const retrieved = await stages.retriever.retrieve(question, lang, 12);
    const { groups } = retrieved;
    const hits = only ? retrieved.hits.filter((h) => h.clause.id === only) : retrieved.hits;
    const form = questionForm(question, lang, groups);
    const coverage = (g: typeof groups, i: number) => stages.lexical.coverageOf(g, [i]);
    return composeExtractive({ question, lang, hits, groups, form, store: stages.store, coverage });
  };

  it('abstains, with the clause found listed as related, not cited', async () => {
    const next = await ask('when is the next SG17 meeting? we report a month before it', 'en');
    expect(next).toMatchObject({ abstained: true, citations: [] });
    expect(next.related.map((c) => c.id)).toContain(REPORT);
    expect(await ask('when is the next SG17 meeting?', 'en', REPORT)).toMatchObject({ abstained: true });
  });

  it('still answers when the report is due from the same clause', async () => {
    const due = await ask('when is the JCG report due before the SG17 meeting?', 'en');
    expect(due.abstained).toBe(false);
    expect(due.citations.map((c) => c.id)).toContain(REPORT);
  });

  it('holds only a question about the next one to it: other "when" questions keep any relative time', async () => {
    // "writeup" meets no word of the clause: the relative time cannot be shown to time it, and still answers.
    const owed = await ask('when do we owe SG17 and SG20 a writeup before their meetings?', 'en', REPORT);
    expect(owed.abstained).toBe(false);
    expect(owed.citations.map((c) => c.id)).toContain(REPORT);
  });
});
