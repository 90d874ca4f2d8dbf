import { describe, expect, it } from 'vitest';
import { longestRun, runLift } from '../../../retrieval/lexical/phrase-runs.ts';
import { analyze } from '../../../retrieval/query/analyze.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const run = (question: string, clause: string) => longestRun(seedStages().concepts.of(question, 'en'), analyze(clause, 'en'));

describe('a run of the question’s concepts in a clause', () => {
  const q = 'Where and when will the ITU Workshop on Spectrum Monitoring for Mobile Network Security take place?';

  it('is the longest stretch of them the clause holds in the question’s order, its stop words aside', () => {
    expect(run(q, 'the ITU Workshop on Spectrum Monitoring for Mobile Network Security will be held in Nairobi')).toBeGreaterThanOrEqual(6);
    // The same words scattered, or in another order, make short runs.
    expect(run(q, 'Security of the mobile network: spectrum monitoring at an ITU workshop')).toBeLessThanOrEqual(2);
  });

  it('meets a concept by any of its alternatives: a French clause for an English question', () => {
    const fr = longestRun(
      seedStages().concepts.of('the draft new Recommendation on IoT security', 'en'),
      analyze('le projet de nouvelle Recommandation sur la sécurité de l’IoT', 'fr'),
    );
    expect(fr).toBeGreaterThanOrEqual(3);
  });

  it('lifts a clause from three concepts in a row, a little more for each one more, within a bound', () => {
    expect(runLift(2)).toBe(1);
    expect(runLift(3)).toBeGreaterThan(1);
    expect(runLift(5)).toBeGreaterThan(runLift(3));
    expect(runLift(20)).toBe(runLift(7));
  });
});
