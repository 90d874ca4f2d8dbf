/**
 * What the rules say of a sentence and what they read it against: the reasons
 * a sentence fails, a cited clause as the rules see it, and what the rules read words with. Kept apart from
 * the rules so that the modules the rules call can name them without an
 * import that runs back up to the rules.
 */
import type { Lang, TermGroup } from '../types.ts';

export type ReasonCode =
  'missing-value' | 'wrong-polarity' | 'wrong-entity' | 'weak-support' | 'no-marker' | 'unknown-source' | 'wrong-source' | 'not-entailed';

export interface Reason {
  code: ReasonCode;
  detail: string;
}

/** A clause as the rules see it. */
export interface SourceClause {
  id: string;
  docId: string;
  text: string;
  lang: Lang;
  /** Its label ("C25/18 › § 4.3"): a sentence that points at it ("as § 4.3 says") cites, it does not claim. */
  label?: string;
}

export interface RuleSupport {
  concepts(text: string, lang: Lang): TermGroup[];
  /** Rarity of a concept (idf of its rarest known alternative); 1 for all when not given. */
  weight?(group: TermGroup): number;
  /** Analysed words meaning the opposite of a concept ("weaken" for "strengthen"); none when not given. */
  opposites?(group: TermGroup, lang: Lang): Map<string, Set<Lang>>;
  /** The glossary or the general lexicon gives senses of an analysed word; all words when not given. */
  hasSenses?(term: string, lang: Lang): boolean;
  /** Two analysed words may name one thing (`query/kinship.ts`): counts of the one may be counts of the other. */
  akin?(a: string, b: string, lang: Lang): boolean;
}

export interface RuleResult {
  reasons: Reason[];
  /** Share of the sentence's concepts its clauses carry (body only). */
  coverage: number;
  /** Passed every rule with room to spare: no second check needed. */
  confident: boolean;
  /** Failed only for want of shared words: embedding similarity may still rescue it. */
  rescuable: boolean;
}
