/**
 * "What is the JCG supposed to do?", "à quoi sert ce groupe ?", "¿para qué sirve?": a body's purpose asked with a
 * verb or an everyday noun. The documents state it with their own nouns ("a pour objet de", "Domaine d'application
 * et objectifs"), which the lexicon reaches from "objectives" and not from "do", "point" or "sirve": the question is
 * read with "objectives" in its own language in the verb's place, or beside the noun.
 *
 * Only a third person's purpose: "what am I supposed to do before the meeting?" asks for instructions, not a mandate.
 */
import type { Lang } from '../types.ts';
import { fold } from '../text.ts';

interface PurposeCues {
  /** A verb phrase after its subject asking what a body does or is for: replaced by the purpose noun. */
  verb: RegExp;
  /** The same before its subject ("à quoi sert le groupe", "¿qué hace el JCG?"). */
  verbFirst?: RegExp;
  /** An everyday noun for a purpose: the purpose noun is added after it ("point" is replaced: it has no such sense). */
  noun: RegExp;
  /** Words just before a verb cue that make its subject the asker or the asked ("am I", "on", "tengo"). */
  person: RegExp;
}

const CUES: Record<Lang, PurposeCues> = {
  en: {
    verb: new RegExp(
      [
        String.raw`\b(?:supposed|meant|expected) to \*?(?:do\*?|look (?:at|into)|dig into|work on|focus on)\b`,
        String.raw`(?<=\bwhat (?:does|do|will|did) (?:\S+ ){1,5}(?:actually |even |really |exactly )?)do\b(?! to\b)`,
        String.raw`(?<=\bwhat(?:'s| is|s) (?:\S+ ){1,5})for(?=\s*(?:[?!.]|$))`,
        String.raw`\bto-?do list\b`,
        String.raw`(?<=\bwhy (?:does|do) (?:\S+ ){1,4}(?:even )?)exist\b`,
      ].join('|'),
    ),
    noun: /\bpoint(?= of\b)|\bpurposes?(?= of\b)|\b(?:main |key )?tasks\b/,
    person: /\b(?:i|i'm|im|am i|we|we're|were|are we|you|you're|youre|are you|me|us)\s*$/,
  },
  fr: {
    verb: new RegExp(
      [
        String.raw`\b(?:est|sont|etait|etaient) censee?s? (?:faire|examiner|etudier|traiter)(?: quoi)?\b`,
        String.raw`\b(?:sert|servent|servir) a quoi\b|\b(?:fait|font) quoi\b`,
      ].join('|'),
    ),
    verbFirst: /\ba quoi (?:ca )?(?:sert|servent|servira)\b|\bque (?:fait|font)\b/,
    noun: /\b(?:but|finalite|raison d'etre)(?= d[eu']|\s+des\b)|\b(?:principales |grandes )?taches\b/,
    person: /\b(?:je|j'|on|nous|tu|vous|suis-je|sommes-nous)\s*$/,
  },
  es: {
    verb: /\b(?:tiene|tienen) que hacer\b|\bse supone que (?:hace|hacen)\b/,
    verbFirst: /\bpara que (?:sirve|sirven|servira)\b|\bque (?:hace|hacen)\b(?! (?:\d|un|una|dos|tres|mucho|poco|tiempo)\b)/,
    noun: /\b(?:proposito|finalidad)(?= del?\b)|\b(?:principales )?tareas\b/,
    person: /\b(?:yo|nosotros|nosotras|tu|usted|ustedes)\s*$/,
  },
};
/**
 * What may follow a purpose verb: the part's end, a word that only stresses, or where the answer is to be read ("meant
 * to look at according to its ToR"). "¿qué tiene que hacer con las Recomendaciones?" asks what is done with something.
 */
const STRESS = 'actually|exactly|really|concretely|again|exactement|concretement|vraiment|au juste|exactamente|en concreto|realmente';
const SOURCE = "according|under|in|per|selon|d'apres|dans|segun|en";
const AFTER_VERB = new RegExp(String.raw`^\W*(?:$|[?!.;:)]|(?:${STRESS}|${SOURCE})\b)`);
export const PURPOSE_NOUN: Record<Lang, string> = { en: 'objectives', fr: 'objectifs', es: 'objetivos' };

/** How a question reads with the documents' purpose noun, and whether a verb or a noun asked for the purpose. */
export interface PurposeReading {
  text: string;
  by?: 'verb' | 'noun';
}

/** The question with the documents' purpose noun for its purpose verb, or beside its purpose noun. */
export function withPurpose(text: string, lang: Lang): PurposeReading {
  const folded = fold(text);
  if (folded.length !== text.length) return { text };
  const { verb, verbFirst, noun, person } = CUES[lang];
  const last = verb.exec(folded);
  const v = last && AFTER_VERB.test(folded.slice(last.index + last[0].length)) ? last : verbFirst?.exec(folded);
  if (v && !person.test(folded.slice(0, v.index))) return { text: replaced(text, v, lang), by: 'verb' };
  const n = noun.exec(folded);
  return n ? { text: replaced(text, n, lang, n[0] !== 'point'), by: 'noun' } : { text };
}

/** The text with the purpose noun in the match's place, or after it. */
function replaced(text: string, match: RegExpExecArray, lang: Lang, after = false): string {
  const [start, end] = [match.index, match.index + match[0].length];
  return `${text.slice(0, after ? end : start)}${after ? ' ' : ''}${PURPOSE_NOUN[lang]}${text.slice(end)}`;
}
