/**
 * The office a question asks about ("who chairs SG20?", "qui sont les vice-présidents…"): held in a clause when the
 * office word stands by what it is the office of.
 */
import { ALL_TABLES } from '../lang/index.ts';
import { analyze } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import { fold } from '../text.ts';
import type { Clause, Lang, TermGroup } from '../types.ts';
import { names } from './form-checks.ts';

/** A group's chair may be its co-chairs or co-convenors ("who chairs the JCG?" is answered by its Coresponsables). */
const OFFICES: Record<string, string[]> = { chair: ['chair', 'convenor'], 'vice-chair': ['vice-chair'] };

/**
 * Words an office is asked and written with beside the roles the verifier reads: a group's vice-conveners are its
 * vice-chairs. (Kept out of the roles table: there they would be roles a list of holders shares.)
 */
const MORE_WORDS: Record<string, string[]> = { 'vice-chair': ['vice-conveners', 'vice-convener', 'vice-convenors', 'vice-convenor'] };

/** Words of each office in every language ("chair", "président", "presidente", "coresponsables"), folded. */
const OFFICE_WORDS = new Map<string, RegExp>();
function officeWords(role: string): RegExp {
  let re = OFFICE_WORDS.get(role);
  if (!re) {
    const roles = OFFICES[role] ?? [role];
    const words = [...new Set([...ALL_TABLES.flatMap((t) => roles.flatMap((r) => t.roles[r] ?? [])), ...(MORE_WORDS[role] ?? [])])].sort(
      (a, b) => b.length - a.length,
    );
    OFFICE_WORDS.set(role, (re = new RegExp(String.raw`(?<![\w-])(?:${words.join('|')})(?![\w-])`, 'g')));
  }
  return re;
}

const WINDOW = 48;
/** A group's name beside an office word: an acronym ("JCA-SCR", "TSAG") or a code ("SG17", "GT 2/17"). */
const OTHER_GROUP = /\b(?:[A-Z]{2,}[\w-]*|[A-Za-z]+ ?\d+(?:\/\d+)?)\b/;
/** A possessive right before an office word ("ses", "its", "sus"): the office of what was named before. */
const POSSESSIVE = /(?:^|\s)(?:ses|son|sa|leurs?|its|their|sus?)\s*$/;

/**
 * "Who chairs SG20?": the clause gives the office of that very thing — the office word next to it, within the same
 * phrase ("Président du GT 2/17" holds the chair of WP 2/17, not of SG17, though SG17 is named further on). One of
 * the things the question names must stand there; the others may be elsewhere in the clause or its headings ("a
 * programme committee chaired by Ms Lepik" in the Tallinn workshop's circular; "Présidente du Groupe FG-AI4NDM" under
 * the report's title on AI for natural disaster management). After a possessive ("Ses Vice-Présidents sont …"), the
 * office is that of what the clause named before it.
 */
export function holdsOffice(form: QuestionForm, clause: Clause, groups: TermGroup[], lang: Lang): boolean {
  if (!form.office) return true;
  const text = fold(clause.text);
  const wanted = form.office.of.map((g) => groups[g]);
  let around: Set<string> | undefined;
  for (const m of text.matchAll(officeWords(form.office.role))) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + WINDOW).split(/[,;:.()]/)[0];
    const before =
      text
        .slice(Math.max(0, m.index! - WINDOW), m.index!)
        .split(/[,;:.()]/)
        .at(-1) ?? '';
    const terms = new Set([...analyze(after, lang), ...analyze(before, lang)]);
    const possessive = POSSESSIVE.test(before);
    around ??= new Set([...analyze(clause.text, lang), ...analyze(clause.context, lang)]);
    const near = wanted.filter((g) => names(g, terms));
    if (near.length === wanted.length) return true;
    // "… and appointed three Vice-Conveners: Mr …" in the report of JCA-SCR: the holders listed after an office of no
    // other group named beside it hold that of the group its headings or title name.
    const listed = /^[^\S\n]*:/.test(text.slice(m.index! + m[0].length));
    const unclaimed = listed && !near.length && !OTHER_GROUP.test(clause.text.slice(Math.max(0, m.index! - WINDOW), m.index! + WINDOW));
    if ((possessive || near.length || unclaimed) && wanted.every((g) => near.includes(g) || names(g, around!))) return true;
  }
  return false;
}
