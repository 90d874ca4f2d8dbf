/**
 * An office said to be held now that the clause says was held before, or the reverse: "the current chair of the GCA
 * high-level expert group, Mr Stein Schjolberg" citing "l'ancien Président du Groupe d'experts de haut niveau". The
 * office is the same concept on both sides, so topic overlap passes the sentence; its tenure is what differs. A closed
 * class of qualifiers per language, each bound to the word it qualifies: the next word, or in French and Spanish the
 * word before when none follows ("le président sortant", "el presidente anterior").
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { clauseText, perClause } from './per-clause.ts';

type Tenure = 'current' | 'former';

const QUALIFIERS: Record<Lang, Record<Tenure, string[]>> = {
  en: {
    current: ['current', 'present', 'incumbent', 'sitting', 'serving'],
    former: ['former', 'ex', 'previous', 'outgoing', 'erstwhile'],
  },
  fr: {
    current: ['actuel', 'actuelle', 'actuels', 'actuelles', 'en exercice', 'en fonction', 'en fonctions'],
    former: ['ancien', 'ancienne', 'anciens', 'anciennes', 'ex', 'precedent', 'precedente', 'sortant', 'sortante'],
  },
  es: {
    current: ['actual', 'actuales', 'en funciones', 'en ejercicio'],
    former: ['antiguo', 'antigua', 'antiguos', 'antiguas', 'ex', 'anterior', 'saliente'],
  },
};

/** Shorter words are articles and prepositions: no office. */
const MIN_LETTERS = 4;

interface Qualified {
  tenure: Tenure;
  /** The qualified word as written (folded) and its analysed term. */
  word: string;
  term: string;
  /** The qualifier and its word, in the text's order. */
  shown: string;
}

interface Reading {
  qualified: Qualified[];
  terms: string[];
}

/** Each clause read once per analysis of it. */
const clauseReading = perClause((clause: TextAnalysis) => read(clauseText(clause), clause.lang));

/** Any tenure qualifier of a language, folded: most sentences have none, and are not read further. */
const ANY = Object.fromEntries(
  Object.entries(QUALIFIERS).map(([lang, q]) => [lang, new RegExp(`\\b(?:${[...q.current, ...q.former].join('|')})\\b`)]),
) as Record<Lang, RegExp>;

/** The words of a text its tenure qualifiers qualify, and every word with its term. */
function read(text: string, lang: Lang): Reading {
  const folded = fold(text);
  if (!ANY[lang].test(folded)) return { qualified: [], terms: [] };
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const terms = words.map((w) => (w.length >= MIN_LETTERS ? (analyze(w, lang)[0] ?? '') : ''));
  const qualified: Qualified[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (const tenure of ['current', 'former'] as const) {
      const qualifier = QUALIFIERS[lang][tenure].find((q) => words.slice(i, i + q.split(' ').length).join(' ') === q);
      if (!qualifier) continue;
      const after = i + qualifier.split(' ').length;
      const at = terms[after] ? after : lang !== 'en' && terms[i - 1] ? i - 1 : -1;
      if (at < 0) continue;
      const shown = at > i ? `${qualifier} ${words[at]}` : `${words[at]} ${qualifier}`;
      qualified.push({ tenure, word: words[at], term: terms[at], shown });
    }
  }
  return { qualified, terms };
}

/**
 * Offices the sentence qualifies one way that every mention of in the cited clauses is qualified the other way
 * ("current chair" where each "Président" of the clause is "ancien"): one line each.
 */
export function tenureSwaps(
  text: string,
  lang: Lang,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const mine = read(text, lang).qualified;
  if (!mine.length) return [];
  const theirs = clauses.map(clauseReading);
  const out: string[] = [];
  for (const q of mine) {
    const groups = concepts(q.word, lang);
    const isOffice = (term: string) => term === q.term || groups.some((g) => hasConcept(g, new Set([term])));
    const mentions = theirs.flatMap((t) => t.terms.filter((term) => term && isOffice(term)));
    const other = theirs.flatMap((t) => t.qualified.filter((c) => c.tenure !== q.tenure && isOffice(c.term)));
    if (other.length && other.length >= mentions.length) {
      out.push(`"${q.shown}": the clause says "${other[0].shown}"`);
    }
  }
  return out;
}
