/**
 * Stop words: one list for every language, since questions mix them ("the CE 17 mandat"), and the words that stay
 * terms though they are on it, written in capitals on their own ("AI", not the "ai" of "j'ai").
 */
import { eng, fra, spa } from 'stopword';
import { fold } from '../text.ts';

// One stop list for all languages: questions mix languages ("the CE 17 mandat").
const STOP = new Set(
  [
    ...eng,
    ...fra,
    ...spa,
    // Function words and discourse adverbs that questions use and the lists lack.
    // Pronouns of the paradigms the lists hold in part ("elle" but not "elles", "ellos" but not "ustedes"): "les lignes
    // directrices, elles servent à quoi ?", "ont-elles été approuvées ?", "the existing ones".
    ...['elles', 'celui', 'celle', 'ceux', 'celles', 'usted', 'ustedes', 'nosotras', 'vosotros', 'vosotras', 'aquello', 'ones'],
    'its',
    "it's",
    'own',
    'will',
    'shall',
    'say',
    'says',
    'said',
    'tell',
    'told',
    'according',
    'regarding',
    'concerning',
    'about',
    'there',
    'mostly',
    'mainly',
    'usually',
    'currently',
    'actually',
    'exactly',
    'really',
    'generally',
    'specifically',
    'particularly',
    'just',
    'simply',
    'basically',
    'literally',
    'honestly',
    'anyway',
    'anything',
    'something',
    'someone',
    'anyone',
    'thing',
    'things',
    'way',
    'ways',
    'kind',
    'sort',
    'please',
    'can',
    'may',
    'might',
    'should',
    'selon',
    'segun',
    'concernant',
    "qu'est-ce",
    'est-ce',
    'peut',
    'peuvent',
    'doit',
    'doivent',
    'dit',
    'disent',
    // Their Spanish counterparts: "¿la res 98 dice algo de…?", "¿qué debe hacer?".
    ...['dice', 'dicen', 'dijo', 'decir', 'puede', 'pueden', 'podría', 'debe', 'deben', 'debería'],
    'chose',
    'choses',
    // Placeholder nouns of chat, as "thing" and "chose": "voter un truc", "una cosa".
    ...['truc', 'trucs', 'machin', 'machins', 'bidule', 'cosa', 'cosas', 'stuff'],
    'façon',
    'whos',
    'whats',
    'hows',
    'wheres',
    'whens',
    'im',
    // Contractions typed without their apostrophe ("ive seen", "doesnt"): the question's frame, not its concepts.
    ...['ive', 'youre', 'youve', 'theyre', 'weve', 'isnt', 'arent', 'wasnt', 'werent', 'doesnt', 'didnt', 'wont', 'cant'],
    ...['couldnt', 'shouldnt', 'wouldnt', 'hasnt', 'havent'],
    'pls',
    'plz',
    'thx',
    'thanks',
    'hi',
    'hello',
    'hey',
    'bonjour',
    'salut',
    'merci',
    'stp',
    'svp',
    'ok',
    'okay',
    'thing',
    'also',
    'would',
    'could',
    'shall',
    'must',
    'please',
    'tell',
    'me',
    'us',
    'know',
    'etc',
    'svp',
    'ainsi',
    'dont',
    'afin',
    'lors',
    'cette',
    'ces',
    'leurs',
    'notamment',
    'selon',
    'vis',
    'via',
    'where',
    'when',
    'who',
    'what',
    'which',
    'how',
    'does',
    'did',
    'do',
    'many',
    'much',
    'quel',
    'quelle',
    'quels',
    'quelles',
    'comment',
    'combien',
    'quand',
    'qui',
    // Interrogative and relative pronouns the lists lack.
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
    'auquel',
    'auxquels',
    'duquel',
    'desquels',
    'quoi',
    'cual',
    'cuales',
    'quien',
    'quienes',
    'cuanto',
    'cuanta',
    'cuantos',
    'cuantas',
    'donde',
    'adonde',
    'whom',
    'whose',
    // Existential and impersonal verbs: "hay que", "il faut", "there is".
    'hay',
    'habia',
    'faut',
    'fallait',
  ].map((w) => fold(w)),
);

/**
 * Stop words written in capitals on their own, between words that are not: acronyms ("AI" for artificial intelligence,
 * not the French "ai" of "j'ai"; "IT", "US"). They are terms of that text. A run of capitals ("J'AI DIT", "SECTOR OF
 * ITU", a banner's "DES") is a heading written in capitals, and its stop words stay stop words.
 */
function capitalTerms(text: string): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const m of text.matchAll(CAPITALS)) {
    const folded = fold(m[0]);
    // Most words in capitals are no stop words ("ITU", "TSB"): their neighbours are read only for those that are.
    if (!STOP.has(folded)) continue;
    const before = /([\p{L}\d]+)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const after = /^[^\p{L}\d]*([\p{L}\d]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    if (!isCapitals(before) && !isCapitals(after)) (out ??= new Set()).add(folded);
  }
  return out;
}

/**
 * Whether a token of `text` is a stop word there: the text's words in capitals are read only when a stop word is also
 * written in capitals somewhere in it (rarely: analysis runs on every clause and question).
 */
export function stopReader(text: string): (token: string) => boolean {
  let kept: Set<string> | undefined | null = null;
  return (token) => {
    if (!STOP.has(token)) return false;
    if (kept === null && text.includes(token.toUpperCase())) kept = capitalTerms(text);
    return !kept?.has(token);
  };
}

/** A word of two capitals or more. */
const CAPITALS = /(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])/gu;
const isCapitals = (word: string | undefined) => word !== undefined && word.length > 1 && /^\p{Lu}+$/u.test(word);

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}
