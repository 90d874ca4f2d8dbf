/**
 * What numbered parts are about: a clause that says "La Section 3 porte sur
 * les mesures techniques … La Section 4 porte sur le renforcement des
 * capacités", or "la Résolution 50 (Intégration optimale des TIC) et la
 * Résolution 77 (Les technologies … large bande …)", binds each number to
 * its topic. A sentence that gives Section 3 the topic the clause gives
 * Section 4 swaps them, though every word of it is in the clause.
 */
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept } from './analysis.ts';
import { analyze } from '../query/analyze.ts';

/** Words that label a numbered part, folded, by the kind of part they name. */
const KINDS: Record<string, string[]> = {
  section: ['section', 'seccion'],
  pillar: ['pillar', 'pilier', 'pilar'],
  priority: ['priority', 'priorite', 'prioridad'],
  goal: ['goal', 'objective', 'objectif', 'objetivo'],
  chapter: ['chapter', 'chapitre', 'capitulo'],
  resolution: ['resolution', 'resolucion', 'res'],
  recommendation: ['recommendation', 'recommandation', 'recomendacion', 'rec'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
/** Every word that labels a numbered part ("Section 3", "Pilier 2"). */
export const PART_WORDS: readonly string[] = [...KIND_OF.keys()];
const LABEL = new RegExp(String.raw`\b(${PART_WORDS.join('|')})\.?\s+(\d{1,3})\b`, 'g');

interface Labelled {
  key: string;
  /** What follows the label, up to the next label or the end of the sentence. */
  topic: string;
}

/**
 * Each label with what follows it; with `orBefore` (a sentence, which may name the topic first: "the general guidance
 * is gathered in Section 6"), a label that ends its part takes the words before it, back to a comma or the last label.
 */
export function labelledTopics(text: string, orBefore = false): Labelled[] {
  const folded = fold(text);
  const found = [...folded.matchAll(LABEL)];
  const labelled = found.map((m, i) => {
    const kind = KIND_OF.get(m[1]) ?? m[1];
    const end = Math.min(found[i + 1]?.index ?? folded.length, m.index! + m[0].length + 100);
    let topic = folded.slice(m.index! + m[0].length, end).split(/[.;]/)[0];
    if (orBefore && !/\p{L}{3}/u.test(topic.split(',')[0]) && !TOPIC_AFTER_COMMA.test(topic)) {
      const last = i > 0 ? found[i - 1].index! + found[i - 1][0].length : 0;
      topic = folded.slice(last, m.index!).split(/[,.;]/).at(-1)!;
    }
    return { key: `${kind} ${m[2]}`, topic };
  });
  // "Section 3 and Section 4 of the Guidelines": labels joined by "and" share what follows the last.
  for (let i = labelled.length - 2; i >= 0; i -= 1) {
    if (COORDINATED.test(labelled[i].topic)) labelled[i].topic += ` ${labelled[i + 1].topic}`;
  }
  return labelled;
}

const COORDINATED = /^\W*(?:and|et|y|or|ou|o)\b/;
/** A topic set after the label by a comma and a word of aboutness: "Resolution 77, on broadband", "la Résolution 50, sur …". */
const TOPIC_AFTER_COMMA =
  /^\s*,\s*(?:on|about|concerning|regarding|covering|sur|portant sur|concernant|relati(?:ve|f)s? a|sobre|acerca de|relativ[oa]s? a)\s/;

/** Each label of the sentence whose topic the clause gives another label of the same kind, and not that one. */
export function swappedTopics(
  sentence: string,
  clauses: Array<{ text: string; lang: Lang }>,
  concepts: (text: string, lang: Lang) => TermGroup[],
  lang: Lang,
): string[] {
  const labels = labelledTopics(sentence, true);
  if (!labels.length) return [];
  const theirs = clauses.flatMap((c) => labelledTopics(c.text).map((l) => ({ ...l, terms: new Set(analyze(l.topic, c.lang)) })));
  const out: string[] = [];
  for (const mine of labels) {
    const groups = concepts(mine.topic, lang);
    if (groups.length < 1) continue;
    const carries = (terms: Set<string>) => groups.filter((g) => hasConcept(g, terms)).length / groups.length;
    const same = theirs.filter((t) => t.key === mine.key);
    if (!same.length || same.some((t) => carries(t.terms) >= 0.5)) continue;
    const kind = mine.key.split(' ')[0];
    const other = theirs.find((t) => t.key !== mine.key && t.key.startsWith(`${kind} `) && carries(t.terms) >= 0.5);
    if (other) out.push(`"${mine.key}": the clause gives "${mine.topic.trim().slice(0, 50)}" to ${other.key}`);
  }
  return out;
}

/** Labels a number can be bound to besides numbered parts: "le Document 71 révisé", "Annexe 2", "Article 5". */
const NUMBERED: Record<string, string[]> = {
  ...KINDS,
  document: ['document', 'documento', 'doc'],
  annex: ['annex', 'annexe', 'anexo'],
  article: ['article', 'articulo'],
};
const NUMBERED_KIND = new Map(Object.entries(NUMBERED).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
const NUMBERED_LABEL = new RegExp(String.raw`\b(${[...NUMBERED_KIND.keys()].join('|')})\.?\s+(?:n[o°]\.?\s*)?(\d{1,3})(?![\d/.,-]\w)`, 'g');

function numberedLabels(text: string): Array<{ kind: string; n: string }> {
  return [...fold(text).matchAll(NUMBERED_LABEL)].map((m) => ({ kind: NUMBERED_KIND.get(m[1])!, n: m[2] }));
}

/**
 * A number the sentence puts after a label ("Document 18") where the clause puts another number after the same kind
 * of label ("Document 71") and never this one: the number is the clause's, but bound to something else ("du 8 au 18 juin").
 */
export function relabelledNumbers(sentence: string, clauses: Array<{ text: string }>): string[] {
  const mine = numberedLabels(sentence);
  if (!mine.length) return [];
  const theirs = clauses.flatMap((c) => numberedLabels(c.text));
  return mine
    .filter((l) => theirs.some((t) => t.kind === l.kind) && !theirs.some((t) => t.kind === l.kind && t.n === l.n))
    .map((l) => `"${l.kind} ${l.n}": the clause numbers its ${l.kind} otherwise`);
}
