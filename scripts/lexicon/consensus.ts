/** Which dictionary translations of a WordNet synset's words carry the synset's sense (scripts/lexicon/build-lexicon.ts). */
import { analyzeQuery } from '../../retrieval/query/analyze.ts';
import type { Pairs } from './freedict.ts';

/**
 * The French translations of a word's synonyms, those that several synonyms share first: the sense the synset is
 * about. "nation" has the synonyms "state", "country" and "land"; "pays" and "contrée" translate two of them, where
 * "affirmer" (to state) and "atterrir" (to land) translate one, another sense. Then, as before, the first two
 * translations of each synonym in turn, then the rest; a word's own slots (six a language) keep the best.
 */
export function byConsensus(synonyms: string[], enFr: Pairs): Array<{ text: string; source: number }> {
  const seen = new Map<string, { text: string; source: number; votes: number; rank: number; order: number }>();
  let order = 0;
  for (const synonym of synonyms) {
    const voted = new Set<string>();
    (enFr.get(synonym) ?? []).forEach((t, i) => {
      const key = analyzeQuery(t.text, 'fr')
        .map((x) => x.term)
        .join(' ');
      if (!key || voted.has(key)) return;
      voted.add(key);
      const c = seen.get(key) ?? { ...t, votes: 0, rank: i < 2 ? 0 : 1, order: order++ };
      c.votes += 1;
      c.rank = Math.min(c.rank, i < 2 ? 0 : 1);
      seen.set(key, c);
    });
  }
  const shared = [...seen.values()].filter((c) => c.votes > 1 || c.rank === 0);
  return shared.sort((a, b) => b.votes - a.votes || a.rank - b.rank || a.order - b.order);
}
