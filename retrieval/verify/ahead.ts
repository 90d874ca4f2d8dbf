/**
 * An approval the clause puts ahead, stated as done: "le secrétariat devra présenter un document révisé pour examen et
 * approbation à la prochaine session" is not "les États Membres ont approuvé le projet". The approval is the same
 * concept on both sides, so topic overlap passes the sentence; its status is what differs. A sentence that says an
 * approval (adoption, endorsement, ratification) happened, citing only clauses that put one ahead ("for approval",
 * "to be adopted", "pour approbation", "para su aprobación") and state none as done, is unsupported.
 */
import { clip, fold } from '../text.ts';
import type { Lang } from '../types.ts';
import type { TextAnalysis } from './analysis.ts';
import { clauseText, perClause } from './per-clause.ts';
import type { Reason } from './verdicts.ts';

interface Status {
  /** An approval said to have happened, folded. */
  done: RegExp;
  /** An approval still to come, or not yet given, folded: removed before `done` is read. */
  ahead: RegExp;
}

const any = (...patterns: string[]) => new RegExp(patterns.join('|'), 'g');

const STATUS: Record<Lang, Status> = {
  en: {
    done: /\b(?:approved|adopted|endorsed|ratified)\b/,
    ahead: any(
      String.raw`\b(?:for|pending|awaiting|subject to|towards?) (?:[a-z]+ (?:and )?){0,3}?(?:approval|adoption|endorsement|ratification)\b`,
      String.raw`\b(?:to|will|shall|would|should|must|could|may|might|can|yet to) (?:[a-z]+ )?be (?:approved|adopted|endorsed|ratified)\b`,
      String.raw`\bnot (?:yet )?(?:been )?(?:approved|adopted|endorsed|ratified)\b`,
    ),
  },
  fr: {
    done: /\b(?:approuv|adopt|enterin|avalis|ratifi)(?:e|ee|es|ees|a|erent)\b/,
    ahead: any(
      String.raw`\b(?:pour|en vue d(?:e|')) ?(?:[a-z']+ (?:et )?){0,3}?(?:approbation|adoption|ratification)\b`,
      String.raw`\b(?:ser(?:a|ont|ait|aient)|doi(?:t|vent) etre|devr(?:a|ont) etre|pourr(?:a|ait) etre|afin d'etre)` +
        String.raw` (?:[a-z]+ )?(?:approuv|adopt|enterin|ratifi)\w*`,
      String.raw`\ba (?:approuver|adopter|enteriner|ratifier)\b|\bpas (?:encore )?(?:ete )?(?:approuv|adopt|enterin|ratifi)\w*`,
    ),
  },
  es: {
    done: /\b(?:aprob|adopt|respald|refrend|ratific)(?:o|aron|ado|ada|ados|adas)\b/,
    ahead: any(
      String.raw`\b(?:para|con miras a) (?:su )?(?:[a-z]+ (?:y )?){0,3}?(?:aprobacion|adopcion|ratificacion)\b`,
      String.raw`\b(?:sera|seran|seria|deben? ser|debera ser|podra ser|podria ser) (?:[a-z]+ )?(?:aprobad|adoptad|ratificad)\w*`,
      String.raw`\bpor (?:aprobar|adoptar)\b|\bno (?:ha sido |han sido )?(?:aun |todavia )?(?:aprobad|adoptad|ratificad)\w*`,
    ),
  },
};

/** A cited clause's status, read once per analysis of it. */
const clauseStatus = perClause((clause: TextAnalysis) => status(clauseText(clause), clause.lang));

function status(text: string, lang: Lang): { done: boolean; ahead: boolean } {
  const { done, ahead } = STATUS[lang];
  const folded = fold(text);
  const rest = folded.replace(ahead, ' ');
  return { done: done.test(rest), ahead: rest !== folded };
}

/** Why the sentence says done an approval its clauses put ahead; undefined when they do not. */
export function approvalAhead(text: string, lang: Lang, cited: TextAnalysis[]): Reason | undefined {
  const said = status(text, lang);
  if (!said.done || said.ahead) return undefined;
  const clauses = cited.map(clauseStatus);
  if (!clauses.some((c) => c.ahead) || clauses.some((c) => c.done)) return undefined;
  return { code: 'wrong-polarity', detail: `"${clip(text)}" says approved what the clause puts up for approval` };
}
