import { describe, expect, it } from 'vitest';
import type { TermGroup } from '../../../retrieval/types.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

describe('plain words read once', () => {
  const { concepts } = seedStages();

  it('gives the same alternatives the second time, and a caller changing its copy changes nothing kept', () => {
    const first = concepts.of('the participants will meet in Geneva', 'en', { question: false });
    const again = concepts.of('participants from Geneva', 'en', { question: false });
    const of = (groups: TermGroup[], word: string) => groups.find((g) => g.original[0] === word)!.alternatives;
    expect(of(again, 'particip')).toEqual(of(first, 'particip'));
    of(first, 'particip').push({ terms: ['nowhere'], weight: 1 });
    expect(of(concepts.of('participants', 'en', { question: false }), 'particip')).toEqual(of(again, 'particip'));
  });
});
