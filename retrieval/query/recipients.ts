/**
 * "Who was circ 67 addressed to?", "¿a quiénes va dirigida?": a letter's recipients asked with a verb. The documents
 * name them with a noun (the letter's "Destinataires", its addressee list), which the lexicon reaches from
 * "recipients" and not from the verb's other senses ("address an issue", "dirigir" a group): the question is read with
 * the noun in the participle's place, in its own language.
 */
import type { Lang } from '../types.ts';
import { fold } from '../text.ts';

/**
 * A participle of addressing with its "to", or after "to whom" (folded): only a letter or a message is addressed to
 * someone. Folding keeps lengths, so a match's end is the end of the same words as written.
 */
const ADDRESSED: Record<Lang, RegExp> = {
  en: /\baddressed(?= to\b)|(?<=\bto whom\b.*?)\baddressed\b/,
  fr: /\badresse(?:e|s|es)?(?= (?:a|aux)\b)|(?<=\ba qui\b.*?)\badresse(?:e|s|es)?\b/,
  es: /\bdirigid[ao]s?(?= a\b)|(?<=\ba quien(?:es)?\b.*?)\bdirigid[ao]s?\b/,
};
const RECIPIENTS: Record<Lang, string> = { en: 'recipients', fr: 'destinataires', es: 'destinatarios' };

/** The question with the recipients named for the verb, when it asks whom something is addressed to. */
export function withRecipients(text: string, lang: Lang): string {
  const folded = fold(text);
  const m = folded.length === text.length ? ADDRESSED[lang].exec(folded) : null;
  return m ? `${text.slice(0, m.index)}${RECIPIENTS[lang]}${text.slice(m.index + m[0].length)}` : text;
}
