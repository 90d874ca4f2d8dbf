import { describe, expect, it } from 'vitest';
import { QueryConcepts } from '../../../retrieval/query/concepts.ts';
import { unprefixed } from '../../../retrieval/query/prefixes.ts';
import { seedStages } from '../../helpers/seed-corpus.ts';

const { lexical } = seedStages({ resources: {} });
const concepts = new QueryConcepts(lexical, {});

describe('a word made of a prefix and a word', () => {
  it('reads the word without each prefix it starts with, when the rest is a word of its own', () => {
    expect(unprefixed('surcout', 'fr')).toEqual(['cout']);
    expect(unprefixed('cyberdrills', 'en')).toEqual(['drill']);
    expect(unprefixed('sobrecoste', 'es')).toEqual(['cost']);
    // "sure" is no "sur" + "e"; a word with no prefix has nothing to give.
    expect(unprefixed('sure', 'fr')).toEqual([]);
    expect(unprefixed('budget', 'fr')).toEqual([]);
  });

  it('finds clauses with the word the corpus has, weaker than the word itself, and not when checking a statement', () => {
    // C25/18, Financial implications: "Les coûts sont couverts par le budget affecté pour 2024-2025."
    const [group] = concepts.of('surcoût', 'fr');
    expect(group.alternatives.find((a) => a.terms[0] === 'cout')?.weight).toBeLessThan(1);
    const [checked] = concepts.of('surcoût', 'fr', { families: false, question: false });
    expect(checked.alternatives.map((a) => a.terms[0])).not.toContain('cout');
  });
});
