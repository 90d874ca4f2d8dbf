/**
 * The pieces every caller of the verifier needs, built the same way for the
 * model path, `iotsec verify` and the evaluation script: clause views in
 * their document's language, and concept rarity from the lexical index.
 */
import type { Clause, DocumentMeta, Lang, TermGroup } from '../types.ts';
import type { SourceClause } from './verdicts.ts';
import { rowReading } from '../ingest/parse/table-rows.ts';

/** A stored clause as the rules read it: its body (a table row with its column names), in its document's language. */
export function sourceClause(clause: Clause, docs: ReadonlyMap<string, DocumentMeta>): SourceClause {
  const lang: Lang = docs.get(clause.docId)?.language ?? 'fr';
  return { id: clause.id, docId: clause.docId, text: rowReading(clause), lang, label: clause.label };
}

/** Rarity of a concept: the idf of its rarest alternative term the corpus has; a concept the corpus lacks weighs as the rarest. */
export function groupWeight(lexical: { size: number; has(term: string): boolean; idf(term: string): number }, group: TermGroup): number {
  let weight = 0;
  for (const alt of group.alternatives) for (const t of alt.terms) if (lexical.has(t)) weight = Math.max(weight, lexical.idf(t));
  return weight || Math.log(1 + (lexical.size + 0.5) / 0.5);
}
