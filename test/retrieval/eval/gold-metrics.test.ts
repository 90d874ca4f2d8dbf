import { describe, expect, it } from 'vitest';
import { computeMetrics, GoldQuestion, isGoldCitation, normalizeForGold, scoreOne } from '../../../retrieval/eval/gold-metrics.ts';
import type { Answer, Citation } from '../../../retrieval/types.ts';

const cite = (n: number, text: string): Citation => ({ n, id: `c${n}`, document: 'Circular 67', label: `¶ ${n}`, text, score: 1 });
const answer = (text: string, citations: Citation[], abstained = false): Answer => ({
  question: 'q',
  answer: text,
  abstained,
  citations,
  related: [],
  lang: 'en',
  mode: 'extractive',
  notes: [],
});
const question = (q: Partial<GoldQuestion>): GoldQuestion => ({
  id: 'q',
  lang: 'en',
  kind: 'factoid',
  question: 'q',
  gold: [],
  must: [],
  abstain: false,
  ...q,
});

const CONVENORS = 'Les Coresponsables du Groupe JCG-IoTSec sont M. Bret Jordan, Président du GT 2/17, et M. Ramy Ahmed Fathy';
const MEETING = "La première réunion du Groupe JCG-IoTSec se tiendra au siège de l'UIT à Genève, le 17\u00a0septembre 2025";

describe('normalisation for gold snippets', () => {
  it("applies NFKC, lower case, folded white space, ’ → ' and the non-breaking hyphen → -", () => {
    expect(normalizeForGold('  L’UIT\u2011T  a\u00a0\n tenu ')).toBe("l'uit-t a tenu");
    expect(normalizeForGold('UIT\u2010T')).toBe('uit-t');
    expect(normalizeForGold('ﬁnancement')).toBe('financement');
    // Accents are kept: only the listed mappings apply.
    expect(normalizeForGold('Genève')).toBe('genève');
  });

  it('finds a gold snippet inside a cited clause however it was typed', () => {
    expect(isGoldCitation(MEETING, ['le 17 septembre 2025'])).toBe(true);
    expect(isGoldCitation(CONVENORS, ['nope', 'M. BRET JORDAN, Président du GT 2/17'])).toBe(true);
    expect(isGoldCitation(CONVENORS, ['Fathy, Président du GT 2/17'])).toBe(false);
  });

  it('validates gold questions', () => {
    expect(() => GoldQuestion.parse({ id: 'x', question: 'q' })).toThrow();
    expect(GoldQuestion.parse(question({ gold: ['a'] })).gold).toEqual(['a']);
  });
});

describe('the score of one answer', () => {
  it('checks gold in the first three citations, citation precision, must groups and a clean abstention', () => {
    const q = question({ gold: ['Bret Jordan'], must: [['Jordan'], ['Fathy', 'Ramy'], ['WP 3/20']] });
    const a = answer('Answer: M. Bret Jordan and M. Ramy Ahmed Fathy [2]', [cite(1, MEETING), cite(2, CONVENORS)]);
    expect(scoreOne(q, a)).toEqual({ goldAt3: true, precision: 0.5, mustHits: [true, true, false], abstainedClean: false });
  });

  it('does not count a gold clause cited fourth', () => {
    const q = question({ gold: ['Bret Jordan'] });
    const a = answer('…', [cite(1, MEETING), cite(2, MEETING), cite(3, MEETING), cite(4, CONVENORS)]);
    expect(scoreOne(q, a)).toMatchObject({ goldAt3: false, precision: 0.25 });
  });

  it('gives no precision without citations, and a clean abstention only without them', () => {
    expect(scoreOne(question({}), answer("The indexed documents don't answer this.", [], true))).toMatchObject({
      precision: 0,
      abstainedClean: true,
    });
    expect(scoreOne(question({}), answer('…', [cite(1, MEETING)], true)).abstainedClean).toBe(false);
  });
});

describe('the metrics of a set', () => {
  it('averages each metric over the questions it is defined on', () => {
    const items = [
      // Answerable, answered: gold first, 1 of 2 citations gold, 1 of 2 must groups.
      {
        q: question({ gold: ['Bret Jordan'], must: [['Jordan'], ['Fathy']] }),
        a: answer('Bret Jordan [1]', [cite(1, CONVENORS), cite(2, MEETING)]),
      },
      // Answerable, wrongly abstained: no citations (left out of precision), must group missed.
      {
        q: question({ gold: ['17 septembre 2025'], must: [['17 September']] }),
        a: answer("The indexed documents don't answer this.", [], true),
      },
      // Unanswerable: abstained cleanly.
      { q: question({ abstain: true }), a: answer("The indexed documents don't answer this.", [], true) },
      // Unanswerable: answered anyway.
      { q: question({ abstain: true }), a: answer('The budget is 2 million [1].', [cite(1, MEETING)]) },
    ];
    expect(computeMetrics(items)).toEqual({
      questions: 4,
      gold_at_3: 0.5,
      citation_precision: 0.5,
      must: 0.333,
      abstain_ok: 0.5,
      false_abstain: 0.5,
    });
  });

  it('is all zeros for an empty set', () => {
    expect(computeMetrics([])).toEqual({ questions: 0, gold_at_3: 0, citation_precision: 0, must: 0, abstain_ok: 0, false_abstain: 0 });
  });
});
