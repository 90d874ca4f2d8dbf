/**
 * A member added to the clause's list: "36 Recommandations … portant
 * notamment sur l'informatique en nuage, la distribution de clés quantiques
 * et la chaîne de blocs" against a clause whose list has the first two and
 * not the third; "le secteur privé et les milieux universitaires" against
 * "y compris avec le secteur privé". In a list of the sentence (items
 * joined by commas and a last "et", "and", "y", "ou", "or", "o"), an item
 * none of whose concepts the cited clauses carry, beside an item they do
 * carry, is a member the clause does not list. An example ("tels que …",
 * "such as …") is held to the same: none of its concepts in the clause, it
 * is not the clause's example.
 */
import { CITED_IN } from './parts.ts';
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept } from './analysis.ts';

/** The conjunction before a list's last item, by language. */
const LAST: Record<Lang, string> = { en: 'and|or', fr: 'et|ou', es: 'y|e|o|u' };
/** An item is a few words: longer runs are statements, not list members. */
const MAX_ITEM_WORDS = 6;

const compiled = new Map<Lang, RegExp>();

/** The lists of a text: each a run of short items ending in "et …", "and …", "y …". */
export function listsOf(text: string, lang: Lang): string[][] {
  let re = compiled.get(lang);
  if (!re) compiled.set(lang, (re = new RegExp(String.raw`\s(?:${LAST[lang]})\s`, 'giu')));
  const out: string[][] = [];
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index! + m[0].length);
    // A period ends a list, not the dot of a code ("Q.3062 et Q.3063").
    const last = after.split(/[,;:()[\]]|\.(?!\w)|\s(?:qui|dont|which|que|cuyos?|cuyas?)\s/u)[0].trim();
    const before = text.slice(0, m.index!).split(/[;:()[\]]|\.(?!\w)/u).at(-1) ?? '';
    const pieces = before.split(',').map((p) => p.trim());
    const items = [pieces.pop() ?? ''];
    // Earlier comma-separated items, as long as they stay short.
    while (pieces.length && words(pieces.at(-1)!) <= MAX_ITEM_WORDS) items.unshift(pieces.pop()!);
    const list = [...items.map((item) => lastWords(item)), last].filter((item) => words(item) > 0 && words(item) <= MAX_ITEM_WORDS);
    if (list.length >= 2 && words(last) <= MAX_ITEM_WORDS) out.push(list);
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** A particle and an infinitive, accents folded or not: "à financer", "to fund", "para financiar" ("de l'apparition" is none). */
const INFINITIVE: Record<Lang, RegExp> = {
  fr: /^(?:à|a|de|pour)\s+\p{L}+(?:er|ir|re)(?!\S)/iu,
  en: /^to\s+(?!the\b|a\b|an\b|its?\b|their\b)\p{L}+/iu,
  es: /^(?:a|de|para)\s+\p{L}+(?:ar|er|ir)(?!\S)/iu,
};

/**
 * Infinitives coordinated by their particle share the object written after the last ("à concevoir, à mettre en place
 * et à financer des équipes CIRT"): the last item is its verb, without the object words the clauses carry.
 */
function withoutSharedObject(list: string[], lang: Lang, carried: Set<string>): string[] {
  const particle = (item: string) => item.split(/\s+/)[0].toLowerCase();
  const parallel = list.every((item) => INFINITIVE[lang].test(item) && particle(item) === particle(list[0]));
  if (!parallel) return list;
  const last = list.at(-1)!.split(/\s+/);
  let end = last.length;
  while (end > 2 && analyze(last[end - 1], lang).every((t) => carried.has(t))) end -= 1;
  return [...list.slice(0, -1), last.slice(0, end).join(' ')];
}
/** The item itself, not the words that lead to the list ("portant notamment sur l'informatique en nuage" → its last words). */
const lastWords = (s: string) => s.split(/\s+/).slice(-MAX_ITEM_WORDS).join(' ');

/**
 * What the sentence lists or gives as an example that the cited clauses do not: list members beside members they do
 * list, and examples. List members in the clause's language only: across languages an item the glossary does not
 * bridge would look added. Examples across languages too, when every word of the example has a known equivalent
 * ("finance" is judged, "las mipymes" is not).
 */
export function addedItems(
  text: string,
  lang: Lang,
  clauseLangs: Lang[],
  concepts: (text: string, lang: Lang) => TermGroup[],
  carried: Set<string>,
): string[] {
  // Each item's concepts read once: the rules below ask them of the same items several times.
  const read = new Map<string, TermGroup[]>();
  const of = (item: string) => read.get(item) ?? (read.set(item, concepts(item, lang)), read.get(item)!);
  const unsaid = (item: string) => of(item).length > 0 && !of(item).some((g) => hasConcept(g, carried));
  const carriedWhole = (item: string) => of(item).length > 0 && of(item).every((g) => hasConcept(g, carried));
  if (clauseLangs.some((l) => l !== lang)) {
    // Across languages an example is judged only when the lexicon or the glossary knows every word of it.
    const known = (item: string) => of(item).every((g) => g.alternatives.length > 1);
    return inventedExamples(text, lang, (item) => known(item) && unsaid(item));
  }
  const added = [...addedMembers(text, lang, carried, unsaid, carriedWhole), ...inventedExamples(text, lang, unsaid)];
  return [...new Set(added)].filter((item) => !CITED_IN.test(item.trim()));
}

/** Items of the sentence's lists the clauses do not list, beside items they do; none when every item is carried. */
function addedMembers(
  text: string,
  lang: Lang,
  carried: Set<string>,
  unsaid: (item: string) => boolean,
  carriedWhole: (item: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const found of listsOf(text, lang)) {
    const list = withoutSharedObject(found, lang, carried);
    // Cheap first, on the words: only an item with no word of the clause can be added, and then only its concepts decide.
    const terms = list.map((item) => analyze(item, lang));
    const bare = list.filter((_, i) => terms[i].length && !terms[i].some((t) => carried.has(t)));
    if (!bare.length) continue;
    const whole = terms.some((t) => t.length && t.every((x) => carried.has(x)));
    if (!whole && !list.some(carriedWhole)) continue;
    out.push(...bare.filter(unsaid));
  }
  return out;
}

/** Words that open examples ("domaines tels que l'élaboration de normes", "sectors such as energy"). */
const EXAMPLE_CUES: Record<Lang, string> = {
  en: 'such as|for example|for instance|e\\.g\\.|including|notably',
  fr: 'tel(?:le)?s? que|notamment|par exemple|y compris',
  es: 'tales como|por ejemplo|en particular|incluid[oa]s?',
};
const exampleCues = new Map<Lang, RegExp>();

/**
 * Examples the clause does not give: an example is a fact ("dans des domaines tels que la gestion du spectre" against
 * "tels que l'élaboration de normes"), so every example of the sentence must share a concept with the cited clauses.
 */
function inventedExamples(text: string, lang: Lang, unsaid: (item: string) => boolean): string[] {
  const conjunction = new RegExp(String.raw`\s(?:${LAST[lang]})\s`, 'iu');
  let re = exampleCues.get(lang);
  if (!re) exampleCues.set(lang, (re = new RegExp(String.raw`(?<![\p{L}])(?:${EXAMPLE_CUES[lang]})(?![\p{L}])`, 'giu')));
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    // The examples run to the piece that holds the list's last "and" ("energy, transport, health and finance"); with
    // no "and" after a comma, the first piece is the example and a comma ends it ("such as Resolutions 50 and 77, do …").
    const after = text.slice(m.index! + m[0].length).replace(/^[\s,]+/, '');
    const pieces = after.split(/[;:()[\]]|\.(?!\w)/u)[0].split(',');
    const last = pieces.findIndex((piece) => conjunction.test(piece));
    const items = pieces
      .slice(0, Math.max(1, last + 1))
      .flatMap((piece) => piece.split(conjunction))
      .map((item) => item.trim());
    // An item is words, not what an abbreviation's dot left ("p. ex." → "p").
    out.push(...items.filter((item) => /\p{L}{3}/u.test(item) && words(item) <= MAX_ITEM_WORDS && unsaid(item)));
  }
  return out;
}
