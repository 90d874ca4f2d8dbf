/**
 * An attribute the clause says is not yet set: "Question 16/17 also plans to hold an interim Rapporteur group meeting
 * …; its dates and venue will be announced in a TSB collective letter." Asked when or where that meeting is, the clause
 * answers that nobody knows yet, though another of its sentences gives a date (the deadline for replies): the date is
 * not the meeting's. The documents do not answer, and the clause is a near miss.
 */
import { findSpans } from '../facts/spans.ts';
import { analyze } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import { fold } from '../text.ts';
import type { Clause, Lang, TermGroup } from '../types.ts';
import { clauseSentences, names } from './form-checks.ts';

/** Folded: "will be announced", "to be confirmed", "seront annoncées", "à confirmer", "se anunciarán", "por determinar". */
const PENDING = new RegExp(
  String.raw`\b(?:will be (?:announced|communicated|confirmed|determined|decided|set)|to be (?:announced|confirmed|determined|decided)` +
    String.raw`|not yet (?:been )?(?:set|fixed|decided|announced|known)|tb[ad]` +
    String.raw`|seront? (?:annonce|communique|precise|fixe|confirme|decide)\w*` +
    String.raw`|(?:a|au) confirmer|pas encore (?:ete )?(?:fixe|annonce|decide)\w*|se (?:anunciar|comunicar|confirmar|fijar|decidir)an` +
    String.raw`|por (?:confirmar|determinar|anunciar|decidir)|aun no (?:se )?(?:ha|han) (?:fijado|anunciado|decidido))\b`,
);

/** The kinds of fact a clause can say are not yet known, each with the words naming it ("its dates and venue …"). */
const ATTRIBUTE: Record<string, RegExp> = {
  date: /\b(?:dates?|timing|schedule|calendrier|fechas?|calendario)\b/,
  time: /\b(?:times?|hours?|horaires?|heures?|horas?|horarios?)\b/,
  place: /\b(?:venues?|locations?|places?|lieux?|lieu|sites?|sedes?|lugar(?:es)?)\b/,
};

/**
 * Whether the clause says the attribute asked about is not yet set ("its dates … will be announced"), in a sentence that
 * carries as much of the question as any other sentence of the clause giving a fact of the kind asked for.
 */
export function saysPending(form: QuestionForm, clause: Clause, groups: TermGroup[], lang: Lang): boolean {
  const attribute = form.type ? ATTRIBUTE[form.type] : undefined;
  if (!attribute || !PENDING.test(fold(clause.text))) return false;
  const asked = groups.filter((_, i) => !form.cue.includes(i));
  const sentences = clauseSentences(clause.text).map(({ text }) => {
    const folded = fold(text);
    const terms = new Set(analyze(text, lang));
    const gives = findSpans(text).some((span) => span.type === form.type || (form.type === 'date' && span.date));
    return { says: PENDING.test(folded) && attribute.test(folded), gives, carried: asked.filter((g) => names(g, terms)).length };
  });
  const pending = Math.max(0, ...sentences.filter((s) => s.says).map((s) => s.carried));
  return pending > 0 && sentences.filter((s) => !s.says && s.gives).every((s) => s.carried <= pending);
}
