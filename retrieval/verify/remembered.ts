/**
 * A sentence's concepts, read once: the rules read the same clause sentences, and the sentence checked, about twenty
 * times per sentence, and the same clauses are cited answer after answer.
 */
import type { TermGroup } from '../types.ts';
import type { RuleSupport } from './verdicts.ts';

/** Texts whose concepts are kept: every clause sentence of a large corpus, and the answers of a busy hour. */
const REMEMBERED = 20_000;

/** A text's concepts read once and kept (frozen: every rule shares them), the oldest forgotten first. */
export function remembered(concepts: RuleSupport['concepts']): RuleSupport['concepts'] {
  const kept = new Map<string, TermGroup[]>();
  return (text, lang) => {
    const key = `${lang}\n${text}`;
    let groups = kept.get(key);
    if (!groups) {
      if (kept.size >= REMEMBERED) kept.delete(kept.keys().next().value!);
      groups = Object.freeze(concepts(text, lang).map((g) => Object.freeze(g))) as TermGroup[];
      kept.set(key, groups);
    }
    return groups;
  };
}
