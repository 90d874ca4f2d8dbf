/**
 * The agent of a passive: who does what the participle says ("adopted BY the Committee", "adoptée PAR le Comité",
 * "aprobada POR el Consejo"). A sentence that gives the act to another body the clause names ("a joint statement … to
 * be adopted by UNICEF", where UNICEF co-drafts it and the Committee adopts it) swaps the two, however many of the
 * clause's words it keeps. Across languages too: the participles are told alike by their concepts.
 */
import type { Lang, TermGroup } from '../types.ts';
import { analyze } from '../query/analyze.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

/** A participle, "by" / "par" / "por", and what follows up to a punctuation mark (accents folded or not: rules read either). */
const PARTICIPLE = String.raw`\p{L}{3,}(?:ed|en|e|ee|es|ees|é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ado|ada|ados|adas|ido|ida|idos|idas)`;
const PASSIVE = new RegExp(String.raw`(?<![\p{L}])(${PARTICIPLE})\s+(?:by|par|por)\s+([^,;:.()]{2,80})`, 'giu');
const CLAUSE_PASSIVE = new RegExp(String.raw`(?<![\p{L}])(${PARTICIPLE})\s+(?:by|par|por)\s+([^,;:.]{2,160})`, 'giu');
/** Where the agent's name ends: a preposition or a conjunction after it ("par le Comité EN 2025", "by TSAG AND …"). */
const AGENT_END =
  /\s(?:in|on|at|for|to|during|and|or|with|from|as|en|au|aux|à|a|dans|pour|lors|et|ou|avec|de|du|des|durante|para|con|y|o)\s/iu;
const LEADING_ARTICLE = /^(?:the|le|la|les|l'|l’|el|los|las)\s*/iu;
/** At most this many words name an agent. */
const AGENT_WORDS = 5;

interface Passive {
  verb: string;
  agent: string;
}

/**
 * Each participle with "by" and the agent after it: in a sentence, the name up to a preposition or a conjunction; in a
 * clause (`whole`), everything up to a punctuation mark, parentheses included ("par l'Agence allemande pour la
 * coopération internationale (GIZ) et Microsoft"): a sentence may name any of the agents by any of their names.
 */
function passives(text: string, whole = false): Passive[] {
  return [...text.matchAll(whole ? CLAUSE_PASSIVE : PASSIVE)].map((m) => {
    if (whole) return { verb: m[1], agent: m[2] };
    const cut = ` ${m[2]} `.search(AGENT_END);
    const agent = (cut >= 0 ? ` ${m[2]} `.slice(0, cut) : m[2]).trim().replace(LEADING_ARTICLE, '');
    return { verb: m[1], agent: agent.split(/\s+/).slice(0, AGENT_WORDS).join(' ') };
  });
}

/** Study groups listed after one noun ("Study Groups 17 and 20", "les CE 17 et 20"): each one named ("SG20"). */
const LISTED_GROUPS = new RegExp(
  String.raw`\b(?:study groups|commissions d'[ée]tudes|comisiones de estudio|ce|sg)\s*` +
    String.raw`((?:\d{1,2}\s*,\s*)*\d{1,2}\s+(?:and|et|y)\s+\d{1,2})\b`,
  'giu',
);
const eachGroup = (text: string) => [...text.matchAll(LISTED_GROUPS)].flatMap((m) => m[1].match(/\d+/g)!.map((n) => `SG${n}`)).join(' ');

/** A cited clause's passives with their agents' analysed words, read once per clause. */
const clausePassives = perClause((clause: TextAnalysis, text: string) =>
  passives(text, true).map((p) => ({
    verb: new Set(analyze(p.verb, clause.lang)),
    agent: new Set(analyze(`${p.agent} ${eachGroup(p.agent)}`, clause.lang)),
  })),
);

/**
 * The sentence's passives whose act the clauses give to another agent, never to the sentence's, where the sentence's
 * agent is one the clauses name (else the value rules speak of it).
 */
export function swappedAgents(
  text: string,
  lang: Lang,
  cited: Array<{ text: string }>,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const mine = passives(text);
  if (!mine.length) return [];
  const theirs = clauses.flatMap((c, i) => clausePassives(c, cited[i].text));
  if (!theirs.length) return [];
  const out: string[] = [];
  for (const { verb, agent } of mine) {
    const acts = concepts(verb, lang);
    const names = concepts(agent, lang);
    if (!acts.length || !names.length) continue;
    const same = theirs.filter((t) => acts.some((g) => hasConcept(g, t.verb)));
    if (!same.length || same.some((t) => names.some((g) => hasConcept(g, t.agent)))) continue;
    if (!clauses.some((c) => names.every((g) => hasConcept(g, c.terms)))) continue;
    out.push(`"${verb} by ${agent}": the clause gives that act to another`);
  }
  return out;
}
