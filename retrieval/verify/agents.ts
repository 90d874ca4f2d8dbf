/**
 * The agent of a passive: who does what the participle says ("adopted BY the Committee", "adoptée PAR le Comité",
 * "aprobada POR el Consejo"). A sentence that gives the act to another body the clause names ("a joint statement … to
 * be adopted by UNICEF", where UNICEF co-drafts it and the Committee adopts it) swaps the two, however many of the
 * clause's words it keeps. Across languages too: the participles are told alike by their concepts.
 */
import type { Lang, TermGroup } from '../types.ts';
import { analyze } from '../query/analyze.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { extractFacts } from './facts.ts';
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

/** The study groups an agent names, each of a list too ("Study Groups 17 and 20": SG17, SG20), as the value rules read them. */
const studyGroups = (agent: string, lang: Lang) =>
  new Set(extractFacts(agent, lang).facts.flatMap((f) => (f.kind === 'sg' ? [f.key] : [])));

/** A cited clause's passives with their agents' analysed words and study groups, read once per clause. */
const clausePassives = perClause((clause: TextAnalysis, text: string) =>
  passives(text, true).map((p) => ({
    verb: new Set(analyze(p.verb, clause.lang)),
    agent: new Set(analyze(p.agent, clause.lang)),
    groups: studyGroups(p.agent, clause.lang),
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
    const groups = [...studyGroups(agent, lang)];
    const held = (t: (typeof theirs)[number]) =>
      names.some((g) => hasConcept(g, t.agent)) || (groups.length > 0 && groups.every((k) => t.groups.has(k)));
    if (!same.length || same.some(held)) continue;
    if (!clauses.some((c) => names.every((g) => hasConcept(g, c.terms)))) continue;
    out.push(`"${verb} by ${agent}": the clause gives that act to another`);
  }
  return out;
}
