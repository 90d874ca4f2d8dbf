/**
 * The gold-set metrics of ../shared/eval/README.md, computed from answers
 * produced by the same path as `ask`.
 */
import { z } from 'zod';
import type { Answer } from '../types.ts';

export const GoldQuestion = z.object({
  id: z.string(),
  lang: z.string(),
  kind: z.string(),
  question: z.string(),
  gold: z.array(z.string()),
  must: z.array(z.array(z.string())),
  abstain: z.boolean(),
});
export type GoldQuestion = z.infer<typeof GoldQuestion>;

export interface Metrics {
  questions: number;
  gold_at_3: number;
  citation_precision: number;
  must: number;
  abstain_ok: number;
  false_abstain: number;
}

/** NFKC, lower case, folded white space, ’ → ', non-breaking hyphen → -. */
export function normalizeForGold(text: string): string {
  // The non-breaking hyphen is mapped before NFKC too, which would turn it into U+2010.
  const mapped = (t: string) => t.replace(/[’]/g, "'").replace(/[\u2010\u2011]/g, '-');
  return mapped(mapped(text).normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isGoldCitation(text: string, gold: string[]): boolean {
  const t = normalizeForGold(text);
  return gold.some((g) => t.includes(normalizeForGold(g)));
}

export function scoreOne(q: GoldQuestion, a: Answer) {
  const cited = a.citations.map((c) => isGoldCitation(c.text, q.gold));
  const mustHits = q.must.map((group) => group.some((alt) => a.answer.toLowerCase().includes(alt.toLowerCase())));
  return {
    goldAt3: cited.slice(0, 3).some(Boolean),
    precision: cited.length ? cited.filter(Boolean).length / cited.length : 0,
    mustHits,
    abstainedClean: a.abstained && a.citations.length === 0,
  };
}

export function computeMetrics(items: Array<{ q: GoldQuestion; a: Answer }>): Metrics {
  const answerable = items.filter(({ q }) => !q.abstain);
  const unanswerable = items.filter(({ q }) => q.abstain);
  const scored = answerable.map(({ q, a }) => ({ q, a, s: scoreOne(q, a) }));
  const withCitations = scored.filter(({ a }) => a.citations.length > 0);
  const mustGroups = scored.flatMap(({ s }) => s.mustHits);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    questions: items.length,
    gold_at_3: round(mean(scored.map(({ s }) => (s.goldAt3 ? 1 : 0)))),
    citation_precision: round(mean(withCitations.map(({ s }) => s.precision))),
    must: round(mean(mustGroups.map((m) => (m ? 1 : 0)))),
    abstain_ok: round(mean(unanswerable.map(({ a }) => (a.abstained && a.citations.length === 0 ? 1 : 0)))),
    false_abstain: round(mean(scored.map(({ a }) => (a.abstained ? 1 : 0)))),
  };
}
