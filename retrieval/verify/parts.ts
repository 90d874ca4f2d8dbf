/**
 * Every part of a sentence must be carried, not only most of it: a model
 * that copies a clause and adds ", funded by a dedicated voluntary fund" or
 * ", dont les résultats alimenteront un classement mondial" keeps a high
 * share of shared concepts overall, but the added part shares nothing with
 * the clause. A sentence is cut at punctuation and at the words that open a
 * relative or added clause; a part with enough concepts of its own must
 * find some of them in the cited clauses.
 */
import type { Lang, TermGroup } from '../types.ts';
import { analyze } from '../query/analyze.ts';
import { table } from '../lang/index.ts';
import { CITED_BY } from './pointers.ts';
import { weightedCoverage } from './analysis.ts';

/** A part needs this many concepts to be judged alone: shorter ones are list items and asides. */
const MIN_CONCEPTS = 3;
/** Below this share of its own concepts, a part is not in the clause. */
const MIN_PART = 0.2;
/** A part joined by "and", "et", "y" after a comma is a statement of its own: held to the share a sentence must reach. */
const MIN_JOINED = 0.34;
/**
 * A part that only says where the thing is cited ("…, citée par le projet, …", "as cited in the report",
 * "mencionada en el informe"): a pointer to the citing text, no claim of its own to carry.
 */
export const CITED_IN = new RegExp(String.raw`^${CITED_BY}(?:\s+\S+){1,5}$`, 'iu');

/**
 * Words that link statements and state nothing ("although", "toutefois", "sin embargo"), the particles of negation
 * and addition ("not … either", "pas non plus", "tampoco"), whose stance the polarity rules judge, and the English
 * pro-form "ones" ("potentially relevant ones"), which stands for a thing named elsewhere: no concept of a part to carry.
 */
const CONNECTIVES: Record<Lang, string> = {
  en: 'although though however whereas nevertheless nonetheless moreover furthermore therefore hence not either neither also too ones',
  fr: 'cependant toutefois néanmoins pourtant tandis alors outre donc pas aussi également',
  es: 'aunque embargo obstante mientras además tampoco también',
};
const connectives = new Map<Lang, Set<string>>();

function linking(lang: Lang): Set<string> {
  let out = connectives.get(lang);
  if (!out) connectives.set(lang, (out = new Set(analyze(CONNECTIVES[lang], lang))));
  return out;
}

/** Concepts less the connectives among them. */
export function withoutConnectives(groups: TermGroup[], lang: Lang): TermGroup[] {
  const links = linking(lang);
  return groups.filter((g) => !(g.original.length === 1 && links.has(g.original[0])));
}

/** By language, a part opener between spaces (" which ", " dont "), read where it stands (sticky): no copy of the text. */
const openerPatterns = new Map<Lang, RegExp[]>();

/**
 * A second infinitive under one verb, its preposition repeated ("vise à promouvoir le dialogue … ET À FINANCER …", "aims to
 * promote … AND TO fund …", "busca promover … Y A financiar …"): a purpose of its own, which the clause must carry.
 */
const NOT_A_VERB = 'the|a|an|its|their|his|her|our|all|any|each|every|both|other|those|these|this|that|some|such|date|what|which|whom';
const SECOND_INFINITIVE: Record<Lang, string> = {
  en: String.raw`and to(?=\s(?!(?:${NOT_A_VERB})\b)[a-z]+\b)`,
  fr: String.raw`et (?:à|a|de)(?=\s(?!(?:premier|dernier|avenir|plaisir)\b)\p{L}+(?:er|ir|oir|faire|mettre|prendre|duire|truire)\b)`,
  es: String.raw`y (?:a|de)(?=\s(?!(?:lugar|hogar|similar|particular|regular|popular|titular|familiar|mujer|nivel)\b)\p{L}+(?:ar|er|ir)\b)`,
};

/**
 * A second predicate of one subject, its verb right after "and" ("SG20 is responsible for … AND IS CONTINUING its work in
 * aviation", "… ET A APPROUVÉ à cette occasion …", "… Y HA CONCLUIDO …"): a statement of its own, as after a comma. A noun
 * phrase after "and" is as often a faithful list whose words the lexicon does not bridge: not cut.
 */
const SECOND_PREDICATE: Record<Lang, string> = {
  en: String.raw`and (?=(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)\s)`,
  fr: String.raw`et (?=(?:a|ont|est|sont|sera|seront|serait|va|vont|avait|avaient|était|étaient|doit|doivent|peut|peuvent)\s)`,
  es: String.raw`y (?=(?:ha|han|es|son|será|serán|fue|fueron|va|van|había|habían|era|eran|debe|deben|puede|pueden)\s)`,
};

function openerAt(openers: RegExp[], text: string, at: number): boolean {
  return openers.some((opener) => ((opener.lastIndex = at), opener.test(text)));
}

function openers(lang: Lang): RegExp[] {
  let out = openerPatterns.get(lang);
  if (!out) {
    // The second infinitive is lower case: "and to ITU" names a recipient.
    out = [
      new RegExp(`\\s(?:${table(lang).partOpeners.join('|')})\\s`, 'iuy'),
      new RegExp(`\\s(?:${SECOND_INFINITIVE[lang]})\\s|\\s(?:${SECOND_PREDICATE[lang]})`, 'uy'),
    ];
    openerPatterns.set(lang, out);
  }
  return out;
}

/** A sentence's parts: cut at , ; : ( ) and dashes and before the words that open a clause, never inside quotes (titles are quoted). */
export function sentenceParts(text: string, lang: Lang): string[] {
  const opener = openers(lang);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '«' || ch === '“') depth += 1;
    else if ((ch === '»' || ch === '”') && depth > 0) depth -= 1;
    else if (ch === '"') depth = depth > 0 ? depth - 1 : 1;
    if (depth > 0) continue;
    const cut = /[,;:()–—]/.test(ch) ? 1 : /\s/u.test(ch) && openerAt(opener, text, i) ? 0 : -1;
    if (cut < 0) continue;
    parts.push(text.slice(start, i));
    start = i + cut;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * What opens a list and names its category ("Parmi les tâches prévues figurent …", "Among the planned measures are …",
 * "Entre las tareas previstas figuran …"): the answer's framing, which no clause words the same; the items are the claim.
 */
const LIST_OPENER = new RegExp(
  String.raw`^(?:parmi (?:les|ses|leurs|ces)|among (?:the|its|their|these)|entre (?:los|las|sus|estos|estas))` +
    String.raw`(?: [\p{L}'-]+){1,3} (?:figurent|figure|sont|are|include|includes|is|figuran|figura|est[aá]n|se encuentran?)\b`,
  'iu',
);

/**
 * A proviso the sentence adds ("…, provided that they are Sector Members", "…, pour autant qu'elles soient Membres de
 * Secteur", "…, siempre que sean miembros"): a condition on the claim, which the clause must state however few words it has.
 */
const PROVISO = new RegExp(
  String.raw`^(?:provided(?: that)?|as long as|on condition that|pour autant qu|[aà] condition qu|sous r[eé]serve qu` +
    String.raw`|siempre (?:que|y cuando)|con tal (?:de )?que|a condici[oó]n de que)`,
  'iu',
);

/** The parts of a sentence the cited clauses do not carry. */
export function uncarriedParts(
  text: string,
  lang: Lang,
  concepts: (text: string, lang: Lang) => TermGroup[],
  carried: Set<string>,
  weight: (group: TermGroup) => number,
): string[] {
  const parts = sentenceParts(text, lang);
  if (parts.length < 2) return [];
  const out: string[] = [];
  for (const part of parts) {
    if (CITED_IN.test(part.trim())) continue;
    const groups = withoutConnectives(concepts(part.replace(LIST_OPENER, ' '), lang), lang);
    if (groups.length < (PROVISO.test(part.trim()) ? 1 : MIN_CONCEPTS)) continue;
    const cov = weightedCoverage(groups, carried, weight);
    if (cov < (/^(?:and|et|y|e)\s/iu.test(part) ? MIN_JOINED : MIN_PART)) out.push(part);
  }
  return out;
}
