import { describe, expect, it } from 'vitest';
import { mergeAnswers, separateAsks } from '../../../retrieval/answer/asks.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';
import type { Answer, Citation, Lang } from '../../../retrieval/types.ts';

const read = { concepts: (text: string, lang: Lang) => plainGroups(analyzeQuery(text, lang)), written: (text: string) => text };
const citation = (id: string, n: number): Citation => ({ n, id, document: 'D', label: id, text: id, score: 1 });
const answer = (text: string, ids: string[], abstained = false): Answer => ({
  question: 'q',
  answer: text,
  abstained,
  citations: ids.map((id, i) => citation(id, i + 1)),
  related: [],
  lang: 'en',
  mode: 'extractive',
  notes: [],
});

describe('a message that asks several things', () => {
  it('is split into its asking parts when each has concepts of its own', () => {
    expect(separateAsks('how many partners? and when does the guide come out?', 'en', read)).toEqual([
      'how many partners?',
      'and when does the guide come out?',
    ]);
    // An ask with no concept of its own still asks for a kind of fact; French asks with the question word last.
    expect(separateAsks('who chairs it? and when?', 'en', read)).toEqual(['who chairs it?', 'and when?']);
    expect(separateAsks("l'uit le met à jour avec combien de partenaires ? et ça sort quand", 'fr', read)).toHaveLength(2);
    // One ask with a side remark, one ask with nothing of its own, or one ask only: not split.
    expect(separateAsks('what are the objectives? need them for the slides', 'en', read)).toEqual([]);
    expect(separateAsks('who chairs it? and then?', 'en', read)).toEqual([]);
    expect(separateAsks('when is the meeting?', 'en', read)).toEqual([]);
  });

  it('answers each ask under it, citations interleaved and numbered once, an unanswered ask saying so', () => {
    const merged = mergeAnswers('a? b? c?', 'en', [
      { ask: 'a?', answer: answer('A [1] and A2 [2]', ['x', 'y']) },
      { ask: 'b?', answer: answer('B [1] and Y [2]', ['z', 'y']) },
      { ask: 'c?', answer: answer('', [], true) },
    ]);
    expect(merged.citations.map((c) => `${c.n}:${c.id}`)).toEqual(['1:x', '2:z', '3:y']);
    expect(merged.answer).toBe("“a?”\nA [1] and A2 [3]\n\n“b?”\nB [2] and Y [3]\n\n“c?”\nThe indexed documents don't answer this.");
    expect(merged).toMatchObject({ question: 'a? b? c?', abstained: false, related: [] });
  });
});
