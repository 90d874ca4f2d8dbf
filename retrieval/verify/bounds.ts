/**
 * What qualifies a number or a period: "more than 160" is not "fewer than
 * 160", and "early 2026" is not "late 2026", though each names the same
 * number or year. A sentence whose qualifier is the opposite of the one the
 * clause puts on the same value is unsupported; a value the clause states
 * without a qualifier is left to the other rules. The ends of a range of
 * days belong together: "from 17 to 25 September" is not "du 15 au 25
 * septembre", though the clause names the 17th elsewhere.
 */
import { phrasePattern } from '../text.ts';
import { TABLES } from '../lang/index.ts';
import type { Lang } from '../types.ts';
import type { Fact, Prepared } from './fact.ts';
import { cachedRegExp } from './numbers.ts';

type Qualifier = NonNullable<Fact['qualifier']>;

const LOOK_BEHIND = 32;

const READS: Record<Qualifier, string> = {
  min: 'a minimum ("more than")',
  max: 'a maximum ("fewer than")',
  early: 'early in the period',
  mid: 'mid-period',
  late: 'late in the period',
};

function phrases(list: string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

/**
 * Which list's phrase ends right before `start` ("plus de 160", "plus d'un", "mi-2026"), if any: the longest, so "no
 * more than 20", "pas plus de 20", "no más de 20" are maxima, not the minima their last words are.
 */
function before(p: Prepared, start: number, table: Record<string, string[]>): string | undefined {
  const text = p.text.slice(Math.max(0, start - LOOK_BEHIND), start);
  let best: { name: string; length: number } | undefined;
  for (const name of Object.keys(table)) {
    const m = cachedRegExp(String.raw`(?:^|[^\p{L}'-])((?:${phrases(table[name])})\s*)$`, 'u').exec(text);
    if (m && (!best || m[1].length > best.length)) best = { name, length: m[1].length };
  }
  return best?.name;
}

/** Marks the numbers bounded from below or above, and the years and months placed early, mid or late. */
export function qualify(p: Prepared, facts: Fact[], lang: Lang): void {
  const t = TABLES[lang];
  const bounds = { min: t.numberBounds.min, max: t.numberBounds.max };
  for (const f of facts) {
    if (f.kind === 'number') {
      const bound = before(p, f.start, bounds);
      if (bound) f.qualifier = bound as Qualifier;
    } else if ((f.kind === 'year' || f.kind === 'month' || f.kind === 'date') && !f.date?.d) {
      const part = before(p, f.start, t.periodParts);
      if (part) f.qualifier = part as Qualifier;
    }
  }
}

/** The values the clause qualifies otherwise than the sentence does: "moins de 160" against "plus de 160". */
export function qualifierConflicts(facts: Fact[], clauses: Array<{ facts: Fact[] }>): string[] {
  const problems: string[] = [];
  for (const f of facts) {
    if (!f.qualifier) continue;
    const same = clauses.flatMap((c) => c.facts).filter((c) => sameValue(f, c));
    if (!same.length || same.some((c) => !c.qualifier || c.qualifier === f.qualifier)) continue;
    problems.push(`"${f.surface}": the clause gives it as ${READS[same[0].qualifier!]}, the sentence as ${READS[f.qualifier]}`);
  }
  return [...problems, ...rangeConflicts(facts, clauses)];
}

/** Ranges of days ("du 15 au 25 septembre", "September 15-25"): the two date facts read from one span. */
function dayRanges(facts: Fact[]): Array<[Fact, Fact]> {
  const bySpan = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.kind === 'date' && f.date?.d) bySpan.set(`${f.start}:${f.end}`, [...(bySpan.get(`${f.start}:${f.end}`) ?? []), f]);
  return [...bySpan.values()].filter((r) => r.length === 2 && r[0].date!.d !== r[1].date!.d).map((r) => [r[0], r[1]]);
}

/** A sentence's range that shares one end with a range of the clause and not the other: "17 to 25 September" against "15 au 25". */
function rangeConflicts(facts: Fact[], clauses: Array<{ facts: Fact[] }>): string[] {
  const theirs = clauses.flatMap((c) => dayRanges(c.facts));
  const days = (r: [Fact, Fact]) => new Set(r.map((f) => f.date!.d));
  const sameMonth = (a: Fact, b: Fact) => !a.date!.m || !b.date!.m || a.date!.m === b.date!.m;
  return dayRanges(facts)
    .filter((mine) => {
      const want = days(mine);
      if (theirs.some((r) => sameMonth(r[0], mine[0]) && [...days(r)].every((d) => want.has(d)))) return false;
      return theirs.some((r) => sameMonth(r[0], mine[0]) && [...days(r)].filter((d) => want.has(d)).length === 1);
    })
    .map((mine) => `"${mine[0].surface}": the clause's range of days has one end of it and another end`);
}

function sameValue(a: Fact, b: Fact): boolean {
  if (a.kind === 'number') return b.kind === 'number' && a.value === b.value;
  if (!a.date || !b.date || b.date.d) return false;
  return a.date.y === b.date.y && a.date.m === b.date.m;
}
