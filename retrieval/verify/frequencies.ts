/**
 * How often: "annual", "chaque année", "una vez al año", "monthly",
 * "par semaine". A frequency a sentence states must be the clause's: a model
 * that adds "which are then published annually" or "une fois par an" to a
 * clause that says nothing of how often invents a fact. One key per unit of
 * time, so "annually" = "chaque année" = "al año".
 */
import { TABLES } from '../lang/index.ts';
import type { Lang } from '../types.ts';
import { type Fact, type Prepared, mask } from './fact.ts';
import { cachedRegExp } from './numbers.ts';

export function extractFrequencies(p: Prepared, lang: Lang, out: Fact[]): void {
  for (const [unit, cues] of Object.entries(TABLES[lang].frequencies)) {
    for (const m of [...p.masked.matchAll(cachedRegExp(`(?:${cues.join('|')})`, 'g'))]) {
      const start = m.index!;
      const end = start + m[0].length;
      out.push({ kind: 'frequency', key: `freq:${unit}`, start, end, surface: p.text.slice(start, end) });
      mask(p, start, end);
    }
  }
}
