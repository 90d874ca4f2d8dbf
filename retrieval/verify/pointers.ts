/**
 * What a sentence cites without claiming: the cited document's names ("Res.
 * 98", "TSB Circular 67") and pointers at the cited clause ("Comme l'indique
 * le § 4.3", "under paragraph 5", "point b)"), blanked before the sentence's
 * facts and words are read.
 */
import { DOCUMENT_KINDS } from '../lang/document-kinds.ts';
import { phrasePattern } from '../text.ts';
import { foldCased } from './fact.ts';
import type { DocumentMeta } from '../types.ts';
import type { SourceClause } from './verdicts.ts';

/** The words that point at a numbered or lettered part of a document, in the three languages. */
const POINTERS = [
  String.raw`§§?|¶|paragraphe?|párrafo|para\.?|section|sección|point|punto|clause|cláusula|alinéa|item|apartado`,
  String.raw`n[o°º]\.?|número`,
].join('|');
/** The words that head a resolution's parts ("resolves 3", "le n° 3 du décide", "el punto 2 del resuelve"). */
const SECTIONS = [
  'resolves|d[ée]cide|resuelve|instructs|charge|encarga|invites|invite|invita',
  'considering|consid[ée]rant|considerando|recognizing|reconnaissant|reconociendo',
  'noting|notant|observando|recalling|rappelant|recordando',
].join('|');
/** What may follow a pointer: the part it is in ("of resolves", "du décide", "del resuelve"). */
const OF_SECTION = String.raw`(?:\s+(?:of|du|de|del)\s+(?:the\s+)?(?:${SECTIONS})(?![\p{L}]))?`;

/** A sentence with its pointers at the cited clauses blanked ("Comme l'indique le § 4.3", "under paragraph 5"). */
const labelPatterns = new Map<string, RegExp | undefined>();

export function withoutLabels(text: string, cited: Array<Pick<SourceClause, 'label'>>): string {
  let out = text;
  for (const c of cited) {
    const pattern = labelPattern(c.label ?? '');
    if (pattern) out = out.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return out;
}

/**
 * A document's names as people write them: its short name, citation and aliases, its title before the colon, the
 * parts of its citation ("Council 2025", "Doc. C25/18"), and each name with the citation's revision tag
 * ("Resolution 98 (Rev. Geneva, 2022)").
 */
export function documentNames(doc: DocumentMeta, titleHead: string): string[] {
  const base = [doc.short, doc.citation, ...(doc.aliases ?? []), titleHead, ...doc.citation.split(/,\s+/)];
  const revision = /\((?:Rev\.|Rév\.)[^)]*\)/.exec(doc.citation)?.[0];
  const revised = revision ? base.map((n) => `${n} ${revision}`) : [];
  return [...base, ...revised]
    .flatMap(inEveryLanguage)
    .map((n) => n.trim())
    .filter((n) => n.length > 2);
}

/** The words that name a kind of document, folded, in English, French and Spanish, with their abbreviations. */
const KIND_WORDS = [
  ['resolution', 'resolucion', 'res.', 'res'],
  ['recommendation', 'recommandation', 'recomendacion', 'rec.'],
  ['circular', 'circulaire', 'circ.'],
  ['document', 'documento', 'doc.'],
];

/** A name with its kind word in the other languages: "Resolution 98" is also "Resolución 98" and "Rés. 98". */
function inEveryLanguage(name: string): string[] {
  const folded = foldCased(name).toLowerCase();
  const out = [name];
  for (const family of KIND_WORDS) {
    for (const word of family) {
      const at = new RegExp(`(?<![\\p{L}])${phrasePattern(word)}(?![\\p{L}.])`, 'u');
      if (!at.test(folded)) continue;
      for (const other of family) if (other !== word) out.push(folded.replace(at, other));
    }
  }
  return out;
}

/** The pattern of the pointers at a clause with this label, made once per label. */
function labelPattern(label: string): RegExp | undefined {
  if (labelPatterns.has(label)) return labelPatterns.get(label);
  const last = label.split('›').at(-1)?.trim() ?? '';
  const id = /(\d+(?:\.\d+)*|\b[a-z]\))\s*$/.exec(last)?.[1];
  const pointer = (p: string) => String.raw`${p}\s*${phrasePattern(id!)}(?![\p{N}]|\.\d)`;
  const pattern = id
    ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pointer(`(?:${POINTERS})`)}${OF_SECTION}|${pointer(`(?:${SECTIONS})`)})`, 'giu')
    : undefined;
  labelPatterns.set(label, pattern);
  return pattern;
}

const ANY_KIND = ['text', 'texte', 'texto', 'document', 'documento'];
const DETERMINERS = String.raw`(?:the|this|that|its|their|le|la|l'|ce|cette|son|sa|leur|el|este|esta|dicho|dicha|su)`;
/** A word of the document's own kind of name between them, in lower case: "its PROGRESS report", "the FINAL report". */
const KIND_MODIFIER = String.raw`(?:[a-z]+\s+)?`;

/** "Cited by", "citée par", "mentioned in", "citada por": a pointer's own verb ("Res. 121, cited by the draft, …"). */
export const CITED_BY =
  String.raw`(?:(?:as )?(?:cited|quoted|mentioned|referred to|referenced|recalled) (?:in|by)` +
  String.raw`|(?:cit|mentionn|[ée]voqu|rappel)\p{L}* (?:par|dans)|(?:citad|mencionad|referid|recordad)\p{L}* (?:por|en))`;

/** "According to", "d'après", "as per": what says it, before a pointer (the stop list has "selon" and "según"). */
const SAID_BY = String.raw`(?:according to|as per|d['’]apr[eè]s)`;

/**
 * The document called by its kind with a determiner ("according to the resolution", "selon ce texte", "según el
 * informe", "cited by the draft", "d'après le projet"): a pointer at the cited document, no claim. It names no issuer, so it allows none;
 * followed by a number it is another document's name ("le Document 18 révisé"), which the facts check.
 */
export function genericReference(kind: string | undefined): RegExp {
  const words = [...(DOCUMENT_KINDS[kind ?? ''] ?? []), ...ANY_KIND].map(phrasePattern).join('|');
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}'])(?:(?:${CITED_BY}|${SAID_BY})\s+)?${DETERMINERS}\s*${KIND_MODIFIER}(?:${words})` +
      String.raw`(?![\p{L}\p{N}])(?!\s*(?:n[o°º]\.?\s*)?\S*\d)`,
    'giu',
  );
}
