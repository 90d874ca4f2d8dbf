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
 * someone; "sent to" / "envoyée à" / "enviada a" when a letter or circular is what is sent (contributions are sent to an
 * address). Folding keeps lengths, so a match's end is the end of the same words as written.
 */
const ADDRESSED: Record<Lang, RegExp> = {
  en: /\baddressed(?= to\b)|(?<=\bto whom\b.*?)\b(?:addressed|sent)\b|(?<=\b(?:letter|circular|circ)\b.{0,30}?)\bsent(?= to\b)/,
  fr: new RegExp(
    String.raw`\badresse(?:e|s|es)?(?= (?:a|aux)\b)|(?<=\ba qui\b.*?)\b(?:adresse|envoye)(?:e|s|es)?\b` +
      String.raw`|(?<=\b(?:lettre|circulaire|circ)\b.{0,30}?)\benvoyee?s?(?= (?:a|aux)\b)`,
  ),
  es: new RegExp(
    String.raw`\bdirigid[ao]s?(?= a\b)|(?<=\ba quien(?:es)?\b.*?)\b(?:dirigid|enviad)[ao]s?\b` +
      String.raw`|(?<=\b(?:carta|circular)\b.{0,30}?)\benviad[ao]s?(?= a\b)`,
  ),
};
const RECIPIENTS: Record<Lang, string> = { en: 'recipients', fr: 'destinataires', es: 'destinatarios' };
/** The recipients named with a noun, in any language, singular or plural ("addressees" too). */
const RECIPIENT_NOUN = new RegExp(
  String.raw`\b(?:${[...Object.values(RECIPIENTS), 'addressees'].map((w) => `${w.slice(0, -1)}s?`).join('|')})\b`,
);

/** The question with the recipients named for the verb, when it asks whom something is addressed to. */
export function withRecipients(text: string, lang: Lang): string {
  const folded = fold(text);
  const m = folded.length === text.length ? ADDRESSED[lang].exec(folded) : null;
  return m ? `${text.slice(0, m.index)}${RECIPIENTS[lang]}${text.slice(m.index + m[0].length)}` : text;
}

/** Whether the question asks whom something is addressed or sent to, or names its recipients. */
export function asksRecipients(text: string, lang: Lang): boolean {
  const folded = fold(text);
  return ADDRESSED[lang].test(folded) || RECIPIENT_NOUN.test(folded);
}
