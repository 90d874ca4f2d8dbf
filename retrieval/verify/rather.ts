/**
 * "ITU-T should play a supporting rather than a leading role" against "l'UIT-T devrait jouer un rôle de premier plan":
 * what comes after "rather than", "plutôt que", "en lugar de" is set aside. When the clause says the words set aside and
 * not the sentence's own choice before the cue, the sentence denies what the clause says.
 */
import { clip, fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, termsOf, type TextAnalysis } from './analysis.ts';
import type { Reason } from './verdicts.ts';

/** Folded: the cue, and the words it sets aside up to the next punctuation. */
const RATHER: Record<Lang, RegExp> = {
  en: /\b(?:rather than|instead of)\s+([^,;:.()[\]]+)/,
  fr: /\b(?:plutot qu(?:e\s+|')|au lieu d(?:e\s+|'|u\s+|es\s+))([^,;:.()[\]]+)/,
  es: /\b(?:en lugar de|en vez de)\s+([^,;:.()[\]]+)/,
};
/** The chosen and the set-aside words compared: a few content words each side of the cue. */
const SIDE_WORDS = 3;

/** Why the sentence denies, by setting it aside, what its clauses say; none when it does not. */
export function setAsideSaid(
  text: string,
  lang: Lang,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): Reason | undefined {
  const folded = fold(text);
  const m = RATHER[lang].exec(folded);
  if (!m) return undefined;
  const terms = termsOf(clauses);
  const held = (g: TermGroup) => hasConcept(g, terms);
  const aside = concepts(m[1], lang).slice(0, SIDE_WORDS);
  const chosen = concepts(folded.slice(0, m.index), lang).slice(-1);
  if (!aside.length || !chosen.length || !aside.every(held) || chosen.some(held)) return undefined;
  return { code: 'wrong-polarity', detail: `"${clip(m[0].trim())}" sets aside what the clause says` };
}
