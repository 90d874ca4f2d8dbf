/**
 * Extractive follow-up handling: a short or anaphoric question in a thread
 * ("which working party does the first one chair?") is searched together with
 * the previous question, which carries the entities it refers to.
 */
import type { Turn } from '../types.ts';

// Words that point back to something said before, in English, French and Spanish ("the first one", "celle-ci", "su").
const POINTERS = [
  'it',
  'its',
  'they',
  'them',
  'their',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'his',
  'her',
  'the (?:latter|former)',
  String.raw`the (?:first|second|third|last)(?: one\b|(?=\s*(?:[?.!,]|$|of them)))`,
  'same',
  'il',
  'elle',
  'ils',
  'elles',
  'leur',
  'leurs',
  'celui',
  'celle',
  'ceux',
  'ce groupe',
  'cette',
  'le premier',
  'la premi[eè]re',
  'le second',
  'le dernier',
  'la derni[eè]re',
  'son',
  'sa',
  'ses',
  'él',
  'ella',
  'ellos',
  'su',
  'sus',
  'el primero',
  'la primera',
];
const ANAPHORA = new RegExp(String.raw`\b(${POINTERS.join('|')})\b`, 'i');
const CONTINUATION = /^(and|what about|how about|also|et|et pour|qu'en est-il|y|¿?y)\b/i;

/**
 * @param conceptCount counts a text's search concepts: a question with few of
 * its own is taken as a follow-up.
 */
export function rewriteFollowUp(question: string, history: Turn[], conceptCount: (text: string) => number): string {
  const previous = history.at(-1);
  if (!previous) return question;
  const followUp = ANAPHORA.test(question) || CONTINUATION.test(question.trim()) || conceptCount(question) <= 2;
  // The previous question may itself carry an earlier one: keep its end, so a long thread stays a short query.
  return followUp ? `${previous.question.slice(-300)} ${question}` : question;
}
