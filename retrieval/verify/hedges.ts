/**
 * What the clause says only could, would or should happen, stated as fact:
 * "les lignes directrices pourraient permettre d'intensifier les efforts"
 * is not "les lignes directrices vont permettre d'intensifier les efforts".
 * A verb of the clause in the conditional ("permettrait", "demanderait") or
 * governed by a conditional modal ("pourraient permettre", "could help",
 * "podrían facilitar"), and said nowhere else in the clause, is hedged: a
 * sentence that says it with no hedge of its own (no modal, no conditional,
 * no "possibly") turns a possibility into a fact.
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';
import { stanceOf, type Stance } from './polarity.ts';

interface Cues {
  /** Conditional modals that govern the verb after them, folded. */
  modals: string;
  /** Verb forms of the conditional mood, folded. */
  mood: string;
  /** Words the mood pattern takes for verbs that are not ("retrait", "secretaria"). */
  notMood: string[];
  /** Words between a modal and its verb ("pas", "also", "être"). */
  between: string;
  /** Hedges a sentence may use instead of a modal ("possibly", "éventuellement"), or verbs that report advice ("invite"). */
  hedges: string;
}

const CUES: Record<Lang, Cues> = {
  en: {
    modals: 'could|might|would|should',
    mood: '$^',
    notMood: [],
    between: 'not|also|still|then|be|further|help|potentially',
    hedges:
      String.raw`\b(?:may|might|could|would|can|possibl[ey]|potential(?:ly)?|likely|perhaps)\b` +
      String.raw`|\b(?:recommend(?:s|ed)?|urg(?:e|es|ed)|invit(?:e|es|ed)|suggest(?:s|ed)?|advis(?:e|es|ed)|calls? (?:on|upon))\b` +
      // Verbs that report what a text provides for: "the guidelines provide that ITU organize …".
      String.raw`|\b(?:provides? (?:that|for)|envisag(?:e|es|ed)|foresees?|calls? for|propos(?:e|es|ed))\b`,
  },
  fr: {
    modals: 'pourrait|pourraient|devrait|devraient',
    mood: String.raw`\w{3,}(?:rait|raient)`,
    notMood: ['trait', 'retrait', 'extrait', 'portrait', 'attrait', 'abstrait', 'distrait', 'soustrait'],
    between: "pas|aussi|egalement|encore|alors|etre|ainsi|contribuer a|servir a|n'|ne|s'|se|y",
    hedges:
      // "aurait", "serait", "ferait": the conditional of a short stem ("auraient pu s'y rapporter").
      String.raw`\b(?:\w{3,}(?:rait|raient)|(?:au|se|fe)rai(?:t|ent)|eventuel(?:le)?(?:ment)?|possible(?:ment)?)\b` +
      String.raw`|\b(?:susceptibles?|potentiel(?:le)?(?:ment)?)\b` +
      String.raw`|\b(?:invit|recommand)(?:e|ent|ait|aient|ee|es|ees)\b|\b(?:sugger\w*|suggere\w*|appel\w* a)\b` +
      String.raw`|\b(?:prevoi(?:t|ent)|envisag(?:e|ent)|propos(?:e|ent))\b`,
  },
  es: {
    modals: 'podria|podrian|deberia|deberian',
    mood: String.raw`\w{3,}(?:aria|arian|eria|erian|iria|irian)`,
    notMood: ['secretaria', 'secretarias', 'mayoria', 'categoria', 'auditoria', 'consultoria', 'ingenieria', 'minoria', 'tesoreria'],
    between: 'no|tambien|ademas|entonces|ser|contribuir a|servir para|se',
    hedges:
      String.raw`\b(?:\w{3,}(?:ria|rian)|serian?|eventual(?:mente)?|posible(?:mente)?|potencial(?:mente)?|quizas?)\b` +
      String.raw`|\b(?:invitan?|invitaban?|recomiendan?|recomendaban?|sugieren?|instan?)\b` +
      String.raw`|\b(?:preven?|contemplan?|propone[n]?|piden?)\b`,
  },
};

const compiled = new Map<Lang, { governed: RegExp; mood: RegExp; hedge: RegExp }>();

function patterns(lang: Lang) {
  let p = compiled.get(lang);
  if (!p) {
    const c = CUES[lang];
    p = {
      governed: new RegExp(String.raw`\b(?:${c.modals})\s+(?:(?:${c.between})\s*)*?(?!(?:${c.between})\b)([a-z]{3,})`, 'g'),
      mood: new RegExp(String.raw`\b(?:${c.mood})\b`, 'g'),
      hedge: new RegExp(c.hedges),
    };
    compiled.set(lang, p);
  }
  return p;
}

/** A clause's hedged verbs: analysed terms said only in the conditional, never plainly elsewhere in the clause. */
export const hedgedTerms = perClause((clause: TextAnalysis, text: string): Set<string> => {
  const out = new Set<string>();
  const { governed, mood } = patterns(clause.lang);
  let folded = fold(text);
  const verbs: string[] = [];
  const blank = (s: string) => ' '.repeat(s.length);
  folded = folded.replace(governed, (m, verb: string) => (verbs.push(verb), blank(m)));
  const { modals, notMood } = CUES[clause.lang];
  const modal = new RegExp(`^(?:${modals})$`);
  folded = folded.replace(mood, (m) => (modal.test(m) || notMood.includes(m) ? m : (verbs.push(m), blank(m))));
  if (verbs.length) {
    const plain = new Set(analyze(folded, clause.lang));
    for (const t of analyze(verbs.join(' '), clause.lang)) if (!plain.has(t)) out.add(t);
  }
  return out;
});

/** Whether a sentence hedges at all: a modal or recommendation of its stance, a conditional, "possibly". */
function hedges(text: string, lang: Lang, stance: Stance): boolean {
  return stance.softens || stance.obliges || patterns(lang).hedge.test(fold(text));
}

/** Why the sentence states as fact what the clauses say only could or should happen; none when it does not. */
export function unhedged(
  text: string,
  lang: Lang,
  groups: TermGroup[],
  cited: Array<{ text: string }>,
  clauses: TextAnalysis[],
): { code: 'wrong-polarity'; detail: string } | undefined {
  const hedged = clauses.map((c, i) => hedgedTerms(c, cited[i].text)).filter((t) => t.size);
  if (!hedged.length || hedges(text, lang, stanceOf(text, lang))) return undefined;
  const plain = new Set(clauses.flatMap((c) => [...c.terms]).filter((t) => !hedged.some((h) => h.has(t))));
  const group = groups.find((g) => hedged.some((h) => hasConcept(g, h)) && !hasConcept(g, plain));
  if (!group) return undefined;
  const said = group.original.join(' ');
  return { code: 'wrong-polarity', detail: `"${said}" is stated as fact where the clause says only that it could or should be` };
}
