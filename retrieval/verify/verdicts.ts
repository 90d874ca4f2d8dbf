/**
 * What the rules say of a sentence and what they read it against: the reasons
 * a sentence fails, and a cited clause as the rules see it. Kept apart from
 * the rules so that the modules the rules call can name them without an
 * import that runs back up to the rules.
 */
import type { Lang } from '../types.ts';

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
