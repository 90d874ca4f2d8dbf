/**
 * Proper names the corpus writes as names ("MyWorkspace", "MyMeetings", "TIES", "HerCyberTracks"): a product, a
 * service or a programme a sentence names must be one its cited clause names. The entity table (data/entities.json)
 * knows bodies in every language and their acronyms ("TSAG" = "GCNT"); these are the names it does not list, held to
 * their spelling, as the corpus writes them.
 */
import { fold } from '../text.ts';
import { isEntityAcronym } from './names.ts';

// "MyWorkspace", "HerCyberTracks" (capitals inside a word), "TIES", "OEWG" (four capitals or more: a three-letter one
// is as often the short form of words the clause writes out, "ONU" for "Nations Unies").
const NAME = /(?<![\p{L}\p{N}-])(?:\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]+)+|\p{Lu}{4,})(?![\p{L}\p{N}-])/gu;
/** The ITU and its sectors frame every document: naming them is no claim. */
const FRAME = new Set(['ITU', 'UIT']);

const corpusNames = new WeakMap<object, Set<string>>();

function namesOf(text: string): string[] {
  return [...text.matchAll(NAME)].map((m) => m[0]);
}

/** The names of the corpus, read once per set of clause texts. */
function known(clauseTexts: Iterable<string>): Set<string> {
  let set = corpusNames.get(clauseTexts as object);
  if (!set) {
    set = new Set([...clauseTexts].flatMap((t) => [...namesOf(t), ...[...t.matchAll(ACRONYM)].map((m) => m[0])]));
    corpusNames.set(clauseTexts as object, set);
  }
  return set;
}

/** The corpus's names a sentence gives that none of its cited clauses gives, by name or, for an acronym, in full. */
export function missingNames(text: string, cited: Array<{ text: string }>, clauseTexts: Iterable<string>): string[] {
  const corpus = known(clauseTexts);
  const folded = fold(cited.map((c) => c.text).join('\n'));
  const absent = (n: string) => corpus.has(n) && !FRAME.has(n) && !isEntityAcronym(n) && !folded.includes(fold(n));
  const names = namesOf(text).filter(absent);
  const acronyms = [...text.matchAll(ACRONYM)].map((m) => m[0]).filter((a) => absent(a) && !spelledOut(a, folded));
  return [...new Set([...names, ...acronyms])].map((n) => `"${n}" is not in the cited clause`);
}

/** A three-capital acronym ("IFP", "ODD", "OEA"): held to the clause when the clause neither gives it nor spells it out. */
const ACRONYM = /(?<![\p{L}\p{N}-])\p{Lu}{3}(?![\p{L}\p{N}-])/gu;
/** Words an acronym skips ("Objectifs de développement durable" is ODD). */
const LINKING = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'of', 'the', 'and', 'for', 'on', 'y', 'del', 'el']);

/** Whether the folded text holds words whose initials spell the acronym, linking words skipped. */
function spelledOut(acronym: string, folded: string): boolean {
  const initials = folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !LINKING.has(w))
    .map((w) => w[0])
    .join('');
  return initials.includes(fold(acronym));
}
