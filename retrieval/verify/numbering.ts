/**
 * What an ITU number says of itself: Question 3/17 is Question 3 of Study Group 17, WP 2/20 a working party of
 * SG20. A sentence that ties one to another study group ("Question 1/2, which is entrusted to ITU-T Study Group 20")
 * says what its own number denies, whatever the cited clause names beside it.
 */
import type { Fact } from './fact.ts';

/** What ties a Question or a working party to a study group between them: "entrusted to", "of", "de la", "a cargo de". */
const LINK = new RegExp(
  String.raw`\b(?:entrusted|assigned|allocated|under|of|led by|belongs? to|run by|confiee?s?|releve|relevant|de la|du|de l'|` +
    String.raw`a cargo|asignad[ao]s?|encomendad[ao]s?|del|de)\b`,
);
/** How far apart a number and the study group it is tied to may stand. */
const REACH = 60;

/** The study group a Question or working party number names (the part after the slash). */
const groupOf = (f: Fact): number => Number(f.key.split('/')[1]);

export function misnumbered(facts: Fact[], folded: string): string[] {
  const groups = facts.filter((f) => f.kind === 'sg');
  const out: string[] = [];
  for (const f of facts.filter((x) => x.kind === 'question' || x.kind === 'wp')) {
    const own = groupOf(f);
    if (groups.some((g) => Number(g.key.replace(/^sg:[a-z]/, '')) === own)) continue;
    const tied = groups.find((g) => {
      const [a, b] = g.start < f.start ? [g, f] : [f, g];
      return b.start - a.end <= REACH && LINK.test(folded.slice(a.end, b.start));
    });
    if (tied) out.push(`"${f.surface}" belongs to Study Group ${own}, not to "${tied.surface}"`);
  }
  return out;
}
