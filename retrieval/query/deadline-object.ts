/**
 * "What is the deadline for FELLOWSHIP requests?", "¿la fecha límite para solicitar BECAS para la segunda reunión?":
 * a deadline is always the deadline of something, and a clause giving another one (for contributions, for
 * registration) is a near miss. The words of its complement are the attribute asked about: the clause must name one.
 */
import type { Lang } from '../types.ts';
import { isStopWord } from './analyze.ts';

/** The cue words of a deadline, folded as the question form reads them. */
const DEADLINE_CUES = new Set(['deadline', 'due date', 'cut-off date', 'date limite', 'delai', 'fecha limite', 'fecha tope', 'plazo']);
/** What opens the complement ("deadline FOR", "date limite DE", "plazo PARA"). */
const OPENS = new Set(['for', 'of', 'to', 'pour', 'de', 'des', 'du', 'para', 'del']);
/** What ends it ("… becas PARA la segunda reunión", "… requests FOR the workshop"): "de" / "of" chain on. */
const ENDS = new Set(['for', 'to', 'in', 'on', 'at', 'by', 'pour', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'para', 'por', 'con']);
/** Which occurrence a chained noun is ("… becas de la PRIMERA reunión", "of the NEXT meeting"): the event, not the object. */
const WHICH_ONE = /^(?:\d+|first|premier|premiere|primer|primera|primero|next|prochain|prochaine|proximo|proxima|siguiente)$/;
/** The question's concept a word belongs to, -1 if none (question-form's reading). */
type GroupOf = (word: string) => number;
/** At most this many words name what the deadline is for. */
const MAX_WORDS = 3;

/**
 * The concept groups of what a deadline cue is the deadline of: the words after it up to the next preposition that
 * does not chain ("réception des demandes de bourse"), and in English the noun before it ("the REGISTRATION
 * deadline"). Empty when the cue is not a deadline or nothing is said of it.
 */
export function deadlineObject(
  folded: string,
  cues: Array<[string, unknown]>,
  lang: Lang,
  cueGroups: number[],
  groupOf: GroupOf,
): number[] {
  const cue = cues.map(([c]) => c).find((c) => DEADLINE_CUES.has(c));
  if (!cue) return [];
  const words = folded.trim().split(' ');
  const length = cue.split(' ').length;
  const at = words.findIndex((_, i) => words.slice(i, i + length).join(' ') === cue);
  if (at < 0) return [];
  const out: number[] = [];
  const add = (word: string | undefined) => {
    const g = word && !isStopWord(word) ? groupOf(word) : -1;
    if (g >= 0 && !cueGroups.includes(g) && !out.includes(g)) out.push(g);
  };
  if (lang === 'en') add(words[at - 1]);
  let j = at + length;
  if (!OPENS.has(words[j] ?? '')) return out;
  for (j += 1; j < words.length && out.length < MAX_WORDS; j += 1) {
    if (ENDS.has(words[j]) || WHICH_ONE.test(words[j])) break;
    add(words[j]);
  }
  return out;
}

/** The first word of what a deadline is for as the focus, the others as its `either` (any one will do); none without one. */
export function deadlineFocus(
  folded: string,
  cues: Array<[string, unknown]>,
  lang: Lang,
  cueGroups: number[],
  groupOf: GroupOf,
  either: Record<number, number[]>,
): number[] {
  const [object, ...others] = deadlineObject(folded, cues, lang, cueGroups, groupOf);
  if (object === undefined) return [];
  if (others.length) either[object] = others;
  return [object];
}
