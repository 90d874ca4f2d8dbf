/**
 * The words of a question that name the kind of fact it asks ("phone NUMBER", "the FAX"): for a kind the clause must
 * hold (a number, an address), the fact itself answers them, so they are no attribute to find in the clause.
 */
import { STRICT_TYPES, type AnswerType } from '../lang/index.ts';
import { TYPE_NOUNS } from '../lang/form-words.ts';
import type { Lang, TermGroup } from '../types.ts';
import { analyzeQuery } from './analyze.ts';

/** The concept groups made of the first cue's words, every strict kind's cue ("tel, fax and email") and the type nouns. */
export function cueGroups(first: string, cues: Array<[string, AnswerType]>, lang: Lang, groups: TermGroup[]): number[] {
  const strict = cues.filter(([, kind]) => STRICT_TYPES.has(kind)).map(([cue]) => cue);
  const terms = new Set([first, ...strict, ...TYPE_NOUNS].flatMap((w) => analyzeQuery(w, lang)).map((t) => t.term));
  return groups.flatMap((g, i) => (g.original.length && g.original.every((t) => terms.has(t)) ? [i] : []));
}

/** Kinds whose cue ("how many", "combien", "cuánto") other asks share: "combien de temps", "du combien au combien". */
const SHARED_CUES: ReadonlySet<AnswerType> = new Set(['count', 'amount']);

/**
 * The kinds of fact a question asks, each a fact the clause must hold: its type, and the other kinds it names a cue of
 * ("the fax and the e-mail", "where and what time"), but a count or an amount only as its type.
 */
export function askedKinds(form: { type?: AnswerType; kinds?: AnswerType[] }): AnswerType[] {
  if (!form.type) return [];
  const others = (form.kinds ?? []).filter((k) => k !== form.type && STRICT_TYPES.has(k) && !SHARED_CUES.has(k));
  // "Which doc and what date?": a kind that needs no form of its own (a document, a person) with one that does.
  return STRICT_TYPES.has(form.type) || others.length ? [form.type, ...others] : [];
}

/**
 * The cues found in a text that stand on their own, not only inside a longer cue found there: "dans quel délai" asks a
 * length of time, and its "délai" is no deadline asked besides; "combien de temps" asks no count.
 */
export function ownCues<T>(text: string, found: Array<[string, T]>): Array<[string, T]> {
  const spans = (cue: string) => {
    const out: Array<[number, number]> = [];
    for (let at = text.indexOf(` ${cue} `); at >= 0; at = text.indexOf(` ${cue} `, at + 1)) out.push([at, at + cue.length + 2]);
    return out;
  };
  const longer = found.flatMap(([cue]) => spans(cue).map(([s, e]) => ({ cue, s, e })));
  return found.filter(([cue]) =>
    spans(cue).some(([s, e]) => !longer.some((o) => o.cue !== cue && o.cue.length > cue.length && o.s <= s && e <= o.e)),
  );
}
