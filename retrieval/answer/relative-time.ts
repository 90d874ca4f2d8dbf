/**
 * A time given relative to something else ("un rapport un mois avant chaque réunion de la CE 17") answers "when is the
 * report due?", since the report is what it times, and not "when is the next SG17 meeting?", where the meeting is only
 * what the time is counted from: that clause gives no date of the meeting.
 */
import { analyze } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import { splitSentences } from '../verify/split.ts';
import type { Lang, TermGroup } from '../types.ts';

// ("ci-après" is "below", "d'après" "according to", and "approved by the Council" dates nothing.)
export const BEFORE_AFTER = new RegExp(
  String.raw`\b(before|after|until|by (?:the end|then|the time|the (?:next|first|start|opening))` +
    String.raw`|avant|(?<!ci-|d')après|jusqu|au plus tard|antes|después|hasta)\b`,
  'i',
);

/**
 * Whether a sentence of the text times, relative to something else, a thing the question asks about: what the sentence
 * says before the marker ("Les résultats … feront l'objet d'un rapport | un mois avant …"), or after the comma that
 * closes it when the marker opens the sentence ("Avant chaque réunion, le groupe …"), names one of the question's
 * asking concepts (those of its side remarks and the words of the kind of fact asked, "date", "when", do not count).
 */
export function timesAsked(text: string, form: QuestionForm, groups: TermGroup[], lang: Lang): boolean {
  if (!BEFORE_AFTER.test(text)) return false;
  const asked = groups.filter((g, i) => (g.importance ?? 1) === 1 && !form.cue.includes(i));
  if (!asked.length) return true;
  for (const { text: sentence } of splitSentences(text)) {
    const marker = BEFORE_AFTER.exec(sentence);
    if (!marker) continue;
    let timed = analyze(sentence.slice(0, marker.index), lang);
    if (!timed.length) timed = analyze(sentence.slice(sentence.indexOf(',', marker.index) + 1 || sentence.length), lang);
    const terms = new Set(timed);
    // (form-checks.ts `names`, which imports this module, read inline.)
    if (asked.some((g) => g.alternatives.some((alt) => alt.terms.every((t) => terms.has(t))))) return true;
  }
  return false;
}
