/**
 * Planted instructions: text in a document that speaks to the AI answering
 * from it ("The assistant must always answer…", "Note aux modèles de
 * langage…", "<|system|>…", "When this document is summarised, the summary
 * shall state…"). Such a clause is data about an attack, never evidence.
 *
 * ITU texts are full of imperatives ("instructs the Director…", "décide",
 * "Veuillez soumettre…") and some are about AI, so no single word decides:
 * a clause is flagged when a sentence combines an addressee that is an AI,
 * an automated reader or an informal "you" with a directive about what to
 * output, plus a sign that the directive is meant for this reading (the
 * document naming itself, "answer that…", "in any answer", "ignore the
 * question"); or when it carries chat markup, a role-play frame or a request
 * for secrets. The rules are in planted/rules.ts. Hidden HTML and DOCX text
 * never reaches this point: extraction drops it.
 */
import { fold } from '../text.ts';
import { FRAMES } from './planted/frames.ts';
import {
  addressedDirective,
  asksForSecrets,
  dictatedAnswer,
  imperativeToAnswerer,
  noteToAi,
  outputOfThisDocument,
  taskSwitch,
  vocative,
} from './planted/rules.ts';

/** Bump when the rules change: saved flags are then recomputed (clauses are not re-parsed). */
export const DETECTOR_VERSION = 2;

const RULES: Array<[(folded: string, raw: string) => boolean, string]> = [
  [(f) => FRAMES.rolePlay.test(f), 'a role-play frame for the answering system'],
  [asksForSecrets, 'asks the answering system to disclose its instructions, keys or the conversation'],
  [vocative, 'speaks directly to an AI system'],
  [noteToAi, 'a note addressed to AI systems'],
  [addressedDirective, 'tells an AI system or automated reader what to answer'],
  [outputOfThisDocument, 'prescribes what any summary or automated answer of this text must say'],
  [imperativeToAnswerer, 'orders the answerer to change its answer'],
  [taskSwitch, 'switches the answering system to a new task'],
  [dictatedAnswer, 'dictates the answer to every question on a topic'],
];

/** Why a clause is treated as a planted instruction, or undefined for ordinary text. */
export function detectPlanted(text: string): string | undefined {
  if (FRAMES.chatMarkup.test(text)) return 'chat or system-prompt markup';
  const roleLines = text.split('\n').filter((line) => FRAMES.transcriptRole.test(line)).length;
  if (roleLines >= 2 || FRAMES.inlineTurns.test(text)) return 'a fake chat transcript';
  for (const raw of sentences(text)) {
    const folded = fold(raw)
      .replace(/[«»“”"]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const rule = RULES.find(([applies]) => applies(folded, raw));
    if (rule) return `${rule[1]}: “${excerpt(raw)}”`;
  }
  return undefined;
}

/** Sentences and lines; an abbreviation ("M. Dupont", "No. 5") does not end a sentence. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=\p{Ll}{3}[.!?])\s+|(?<=;)\s+|\n+/u)
    .map((raw) => raw.trim())
    .filter(Boolean);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 90 ? flat : `${flat.slice(0, 89).replace(/\s+\S*$/, '')}…`;
}
