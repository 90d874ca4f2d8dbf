/**
 * What a number counts: "50 new work items … 36 Recommendations". A number
 * the sentence puts on a thing the clause counts with another number is
 * bound to the wrong thing, even though both numbers are in the clause.
 */
import { analyze } from '../query/analyze.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';
import type { Fact } from './fact.ts';
import { TABLES } from '../lang/index.ts';
import { PART_WORDS } from './labels.ts';
import { extractFacts } from './facts.ts';
import { statementAround } from './split.ts';
import { NUMBER_OF, NUMBER_OF_REACH, PERCENT_WORDS } from '../lang/number-words.ts';

const WINDOW = 3;
/** Auxiliaries and copulas between a number and what it says ("48 were on site", "64 ont suivi"), folded. */
const AUXILIARIES = new Set(
  // ("La spécification 9-204 NE prendra …": the particle of a denial or a restriction.)
  'were was are is have has had been etaient etait sont ont avaient ete fueron eran son han estaban estuvieron ne n'.split(' '),
);
/** Words a number labels rather than counts after ("Pillar 2", "Section 3", "Priorité 5"), folded. */
const LABELS = new Set([
  ...PART_WORDS,
  ...(
    'question cuestion article articulo resolution resolucion res recommendation annex annexe anexo point punto paragraph ' +
    'paragraphe parrafo item phase fase step etape part partie parte volume version edition edicion session sesion ' +
    // "Working Group 2", "groupe de travail 2", "grupo de trabajo 2", "deliverable 3": names, not counts.
    'group groupe grupo travail trabajo party deliverable livrable entregable module track'
  ).split(' '),
]);

/**
 * "Nine of the 13 countries", "neuf des exploitants", "nueve de los países": a number that counts part of a set the
 * clause counts whole ("13 pays …, dont 9 …"). Not "six of them global": what follows says which part.
 */
const PARTITIVE = /^(?:of|des|de los|de las)\b(?! them\b)/;

/**
 * "Seven OF THE 19 schemes are mandatory": 19 counts the whole set the statement takes its part from; what the
 * statement says is said of the seven.
 */
function wholeOfPart(sentence: TextAnalysis, f: Fact): boolean {
  const between = (g: Fact) => sentence.rest.slice(g.end, f.start);
  return sentence.facts.some((g) => g.kind === 'number' && g.end <= f.start && /^\s+(?:of the|of|des|de los|de las)\s+$/.test(between(g)));
}

/** The folded word right before a position, punctuation left out. */
function wordBefore(text: string, at: number): string {
  return /([a-z]+)[^a-z0-9]*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
}

/** A number after a label ("Priorité 5", "Section 3") names a part; it counts nothing, in the sentence or the clause. */
function labelled(text: TextAnalysis, f: Fact): boolean {
  return LABELS.has(wordBefore(text.rest, f.start)) || inCode(text, f);
}

/** "OIAB 9-204", "TS.41": a number joined to a word or another number is part of a code. */
function inCode(text: TextAnalysis, f: Fact): boolean {
  if (!/[-./]/.test(text.rest[f.start - 1] ?? '')) return false;
  return /[\p{L}\d]/u.test(text.rest[f.start - 2] ?? '') || text.facts.some((g) => g.end === f.start - 1);
}

/** Counted words that name anyone or anything: no thing of their own to find in the clause. */
const GENERIC = new Set(
  ['people', 'persons', 'ppl', 'personnes', 'gens', 'personas', 'gente', 'ones', 'others', 'autres', 'otros'].flatMap((w) =>
    (['en', 'fr', 'es'] as const).flatMap((l) => analyze(w, l)),
  ),
);

const PERCENT_FIRST = new RegExp(String.raw`^\s*(?:%|(?:${PERCENT_WORDS.join('|')})\b)\s*`);

/** The first content words after a number, fillers ("new", "more than", "nouveaux") skipped. */
const fillerSets = new Map<Lang, Set<string>>();

function countedWords(after: string | undefined, lang: Lang, window = WINDOW): string {
  let fillers = fillerSets.get(lang);
  if (!fillers) fillerSets.set(lang, (fillers = new Set([...TABLES.en.countFillers, ...TABLES[lang].countFillers])));
  // A share counts what follows its sign, however written: "35 %", "35 per cent", "quarante-trois pour cent".
  // The words of a number joined by "and" are its own: "48 étaient présents sur place et 64 ont suivi à distance".
  const words = (after ?? '')
    .replace(PERCENT_FIRST, '')
    .replace(/\s(?:and|et|y|e)\s\d.*$/, '')
    .split(/[\s']+/)
    .filter((w) => w && !fillers.has(w) && !AUXILIARIES.has(w));
  return words.slice(0, window).join(' ');
}

interface Counted {
  value: number;
  /** The words after the number, and their analysed terms. */
  words: string;
  terms: Set<string>;
  clause: TextAnalysis;
}

const clauseCounts = perClause(readCounts);

function readCounts(clause: TextAnalysis): Counted[] {
  return clause.facts
    .filter((f): f is Fact & { value: number } => f.kind === 'number' && f.value !== undefined && !labelled(clause, f))
    .map((f) => {
      const of = NUMBER_OF.exec(clause.rest.slice(Math.max(0, f.start - NUMBER_OF_REACH), f.start))?.[1];
      const words = of ? `${countedWords(f.after, clause.lang)} ${of}`.trim() : countedWords(f.after, clause.lang);
      return { value: f.value, words, terms: new Set(analyze(words, clause.lang)), clause };
    });
}

/**
 * Numbers of the sentence that the clause binds to something else: the
 * clause counts the same thing with another number and never with this
 * one ("50 Recommendations" against "50 work items … 36 Recommendations"),
 * or puts this number on another thing while naming the sentence's thing
 * apart ("160 comments" against "160 participants … presented
 * observations"), a thing the sentence does not mention.
 */
export function countConflicts(
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
  hasSenses: (term: string, lang: Lang) => boolean = () => true,
  akin: (a: string, b: string, lang: Lang) => boolean = () => false,
): string[] {
  const problems: string[] = [];
  const { facts, lang } = sentence;
  // Two units the lexicon relates ("responsables", "dirigeants") may count one thing: no other unit, nothing else counted.
  const related = (g: TermGroup, sameValue: Counted[]) =>
    sameValue.some((c) =>
      concepts(c.words, c.clause.lang).slice(0, 1).some((u) => u.original.some((t) => g.original.some((m) => akin(m, t, lang)))),
    );
  const counted = clauses.flatMap(clauseCounts);
  for (const f of facts) {
    if (f.kind !== 'number' || f.value === undefined || f.unit || labelled(sentence, f) || PARTITIVE.test(f.after ?? '')) continue;
    if (!counted.some((c) => c.value === f.value)) continue;
    const words = countedWords(f.after, lang);
    const groups = concepts(words, lang);
    if (!groups.length) continue;
    const same = (c: Counted) => groups.some((g) => hasConcept(g, c.terms));
    const sameValue = counted.filter((c) => c.value === f.value);
    const unit = otherUnit(f, groups[0], sameValue, sentence, clauses, concepts, hasSenses);
    if (unit && !related(groups[0], sameValue)) {
      problems.push(`"${f.surface} ${words}": the clause counts ${unit} with ${f.value}`);
      continue;
    }
    if (sameValue.some(same)) {
      if (wholeOfPart(sentence, f)) continue;
      const moved = otherStatement(
        f,
        sentence,
        sameValue.filter(same),
        counted.filter((c) => c.value !== f.value && same(c)),
        concepts,
      );
      if (moved !== undefined) problems.push(`"${f.surface} ${words}": the clause says this of ${moved} ${words}, not of ${f.value}`);
      continue;
    }
    const other = counted.find((c) => c.value !== f.value && same(c));
    if (other) {
      problems.push(`"${f.surface} ${words}": the clause gives ${other.value} for that`);
      continue;
    }
    const theirs = countedElsewhere(f, sameValue, sentence, clauses, concepts);
    if (theirs && !related(groups[0], sameValue))
      problems.push(`"${f.surface} ${words}": the clause counts ${theirs} with ${f.value}`);
  }
  return problems;
}

const clauseRanks = perClause((clause: TextAnalysis) =>
  clause.facts
    .filter((f) => f.kind === 'ordinal' && f.value !== undefined)
    .map((f) => ({ value: f.value!, terms: new Set(analyze(countedWords(f.after, clause.lang, 1), clause.lang)) })),
);

/**
 * What an ordinal ranks: "sur la base de la deuxième édition … au cours du quatrième trimestre" ranks the edition
 * second. A sentence that ranks the same thing with another ordinal the clause never gives it ("sa quatrième
 * édition") has both ordinals in the clause, bound the other way.
 */
export function rankConflicts(
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string[] {
  const ranks = clauses.flatMap(clauseRanks).filter((r) => r.terms.size);
  const problems: string[] = [];
  for (const f of sentence.facts) {
    if (f.kind !== 'ordinal' || f.value === undefined) continue;
    const words = countedWords(f.after, sentence.lang, 1);
    const [thing] = words ? concepts(words, sentence.lang) : [];
    if (!thing) continue;
    const same = ranks.filter((r) => hasConcept(thing, r.terms));
    const other = same.find((r) => r.value !== f.value);
    if (other && !same.some((r) => r.value === f.value)) problems.push(`"${f.surface} ${words}": the clause ranks it ${other.value}`);
  }
  return problems;
}

/**
 * What the clause counts with the sentence's number instead of the sentence's thing: the thing named right after the
 * number ("160 written comments", not "160 people took part") is elsewhere in the clause, or nowhere in it while the
 * clause counts with that number something the sentence does not name ("60 padres" against "60 enseignants,
 * pédagogues et psychologues"). Anyone ("160 people") may be what the clause counts, and "people" would otherwise meet
 * the clause's "présenté" through "the people present".
 */
function countedElsewhere(
  f: Fact,
  sameValue: Counted[],
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): string | undefined {
  const named = concepts(countedWords(f.after, sentence.lang, 2), sentence.lang);
  if (!named.length || GENERIC.has(named[0].original.join(' '))) return undefined;
  const unnamed = (c: Counted) => c.words && !concepts(c.words, c.clause.lang).some((g) => hasConcept(g, sentence.terms));
  const elsewhere = sameValue.find((c) => named.some((g) => hasConcept(g, c.clause.terms)) && unnamed(c));
  if (elsewhere) return elsewhere.words.split(' ')[0];
  const absent = !named.some((g) => clauses.some((c) => hasConcept(g, c.terms)));
  return absent ? sameValue.find(unnamed)?.words.split(' ')[0] : undefined;
}

/**
 * The number counts another unit than the clause's: the first concept counted after it ("work items", "participants") is
 * nowhere in the clauses, and the first concept the clause counts with that same number is nowhere in the sentence
 * ("plus de 160 participants des six régions" against "plus de 160 pays des six régions": the words after the unit are
 * shared, the unit is not). A unit joined by "and" to one the clause counts with the number is that count's
 * ("40 leaders and experts" against "40 dirigeants et experts": a dictionary without "dirigeant" for "leader").
 */
function otherUnit(
  f: Fact,
  mine: TermGroup | undefined,
  sameValue: Counted[],
  sentence: TextAnalysis,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
  hasSenses: (term: string, lang: Lang) => boolean,
): string | undefined {
  if (!mine || !sameValue.length || clauses.some((c) => hasConcept(mine, c.terms))) return undefined;
  // A unit no dictionary gives senses of ("730 apprenants" against "730 participants") cannot be told another.
  if (GENERIC.has(mine.original.join(' ')) || !mine.original.every((t) => hasSenses(t, sentence.lang))) return undefined;
  // The first concept must be the first word's: a unit the analyser drops ("un mes después": "mes") leaves no unit to judge.
  const first = analyze(countedWords(f.after, sentence.lang, 1), sentence.lang);
  if (!first.some((t) => mine.original.includes(t))) return undefined;
  const theirs = sameValue.map((c) => concepts(c.words, c.clause.lang)[0]);
  if (theirs.some((unit) => !unit || hasConcept(unit, sentence.terms))) return undefined;
  // Units joined by "and" share the number ("40 leaders and experts"): one the clause counts with it binds it there.
  const joined = /^\s*[^\s,;]+\s+(?:and|et|y|&)\s+([^\s,;]+)/.exec(f.after ?? '')?.[1];
  const other = joined ? concepts(joined, sentence.lang)[0] : undefined;
  if (other && sameValue.some((c) => hasConcept(other, c.terms))) return undefined;
  return sameValue[0].words.split(' ')[0];
}

/**
 * The clause counts the same thing twice ("une assistance à 85 pays … la mise en place d'équipes CIRT dans quatre
 * pays"): each number is bound to what its own clause sentence says. The statement of the sentence around the number
 * ("a aidé quatre pays à évaluer leur état de préparation") must rest on the clause sentence that gives that number, not
 * on the one that gives another; the other number is returned when it does.
 */
function otherStatement(
  f: Fact,
  sentence: TextAnalysis,
  mine: Counted[],
  others: Counted[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): number | undefined {
  if (!others.length) return undefined;
  const around = statementAround(sentence.rest, f.start, f.end);
  const groups = concepts(sentence.rest.slice(around.start, around.end), sentence.lang);
  const carried = (c: Counted) => Math.max(0, ...sentencesWith(c).map((terms) => groups.filter((g) => hasConcept(g, terms)).length));
  const best = Math.max(...mine.map(carried));
  const rival = others.find((c) => carried(c) > best + 1);
  return rival?.value;
}

/** Each sentence's numbers, read once per clause. */
const sentenceValues = perClause((clause: TextAnalysis) =>
  clause.sentences.map((s) => new Set(extractFacts(s.text, clause.lang).facts.map((x) => x.value))),
);

/** The terms of the clause sentences that give a count's number. */
function sentencesWith(c: Counted): Array<Set<string>> {
  const values = sentenceValues(c.clause);
  return c.clause.sentences.filter((_, i) => values[i].has(c.value)).map((s) => s.terms);
}
