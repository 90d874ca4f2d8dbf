/**
 * Which clauses answer: among the retrieved hits, those that cover the
 * question's concepts and meet its form (the constraints it names, the
 * attribute it asks about, the kind of fact it wants). Empty when the
 * documents do not answer, near misses included.
 */
import { saysPending } from './pending.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import { analyze } from '../query/analyze.ts';
import { isHostile } from '../query/guard.ts';
import { nameTerms } from '../query/named-documents.ts';
import { focusOptions, type QuestionForm } from '../query/question-form.ts';
import type { Hit, TermGroup } from '../types.ts';
import { placeKind, placesNamed } from '../facts/places.ts';
import { findSpans } from '../facts/spans.ts';
import { STRICT_TYPES } from '../lang/index.ts';
import { askedKinds } from '../query/kind-cues.ts';
import { givesValueOf, meetsConstraints, meetsType, sameOccurrence, typedFactNamesAll } from './form-checks.ts';
import { holdsOffice } from './office.ts';

/** Below this share of the question's (rarity-weighted) concepts, no clause answers it. */
export const MIN_COVERAGE = 0.42;
export const MAX_CITATIONS = 3;
const OTHER_GROUP_COVERAGE = 0.4;
/** A clause cited beside the best must carry nearly as much of the question: one that shares only its frame is not evidence. */
const SECOND_COVERAGE = 0.9;

export type Ranked = Hit & { relevance: number; typed?: boolean; softMatch?: boolean };

/** Orders hits by retrieval strength, damped by how much of the question each clause covers. */
export function rankForAnswer<T extends Hit>(hits: T[]): Array<T & { relevance: number }> {
  return hits.map((h) => ({ ...h, relevance: h.strength * (0.25 + h.coverage) })).sort((a, b) => b.relevance - a.relevance);
}

export interface EvidenceInput {
  question: string;
  hits: Hit[];
  groups: TermGroup[];
  form: QuestionForm;
  store: ClauseStore;
  /** Coverage of some concepts by one clause (the lexical index's measure). */
  coverage: (groups: TermGroup[], index: number) => number;
}

/** A clause naming a person (for "who"), a Recommendation or a document ranks this much higher: those answers need not be typed. */
const SOFT_TYPE_BONUS = 1.5;
/** A clause holding the very kind of fact asked for answers with a little less of the question's wording. */
const TYPED_MIN_COVERAGE = 0.3;
/** "Reference", "référence", "referencia", "ref", analysed in every language: the word a question asks a reference by. */
const REFERENCE_TERMS = new Set(
  (['en', 'fr', 'es'] as const).flatMap((l) =>
    ['reference', 'references', 'référence', 'referencia', 'ref', 'réf'].flatMap((w) => analyze(w, l)),
  ),
);
/** The fields of a letter's header block: a document has one of each, so its name and the field are the whole question. */
const CONTACT_TYPES: ReadonlySet<string> = new Set(['phone', 'fax', 'email', 'url']);

/** A clause answers the question's form: the constraints it names, the attribute it is about, the fact it wants. */
export function answersForm(input: Pick<EvidenceInput, 'form' | 'groups' | 'store'>, hit: Hit): boolean {
  const { form, groups } = input;
  const lang = input.store.languageOf(hit.index);
  const doc = { date: input.store.docs.get(hit.clause.docId)?.date, lang };
  if (!letterFieldAnswers(letterField(hit.clause), form, groups, hit)) return false;
  if (!meetsConstraints(form, hit.clause) || !namesAll(input, hit) || !meetsType(form, hit.clause, groups, doc)) return false;
  if (!inPlacesNamed(input, hit) || !sameOccurrence(form, hit.clause) || saysPending(form, hit.clause, groups, lang)) return false;
  return holdsOffice(form, hit.clause, groups, lang) && typedFactNamesAll(form, hit.clause, groups, lang);
}

/**
 * The attribute asked about ("which ROOM") and what the question names
 * ("the JCG", "TSAG") are in the clause, its headings or its document's title.
 */
function namesAll({ form, groups, store }: Pick<EvidenceInput, 'form' | 'groups' | 'store'>, hit: Hit): boolean {
  const wanted = [...new Set([...form.focus, ...groups.flatMap((g, i) => (g.entity ? [i] : []))])];
  if (!wanted.length) return true;
  let context: Set<string> | undefined;
  const named = (g: number) => {
    if ((hit.credits?.[g] ?? 0) > 0) return true;
    if (form.focus.includes(g) && givesValueOf(groups[g], hit.clause, form, store.languageOf(hit.index))) return true;
    context ??= new Set(analyze(hit.clause.context, store.languageOf(hit.index)));
    if (groups[g].alternatives.some((alt) => alt.terms.every((t) => context!.has(t)))) return true;
    // A name, not the attribute asked about, may be one of the document's own ("their report to TSAG": TSAG-TD318).
    const names = form.focus.includes(g) ? undefined : documentNameTerms(store, hit);
    return Boolean(names && groups[g].alternatives.some((alt) => alt.terms.every((t) => names.has(t))));
  };
  return wanted.every((g) => focusOptions(form, g).some(named));
}

const documentNames = new WeakMap<ClauseStore, Map<string, Set<string>>>();

/** Analysed words of what a clause's document is called and who issued it: citation, short name, aliases, body. */
function documentNameTerms(store: ClauseStore, hit: Hit): Set<string> {
  let byDoc = documentNames.get(store);
  if (!byDoc) documentNames.set(store, (byDoc = new Map()));
  let terms = byDoc.get(hit.clause.docId);
  if (!terms) {
    const d = store.docs.get(hit.clause.docId);
    terms = new Set(d ? [...nameTerms(d), ...analyze(d.body ?? '', d.language ?? store.languageOf(hit.index))] : []);
    byDoc.set(hit.clause.docId, terms);
  }
  return terms;
}

const documentPlaces = new WeakMap<ClauseStore, Map<string, Set<string>>>();

/**
 * "How many can attend the Tallinn workshop on site?": a city or a country the question names is named by the cited
 * clause's document (any of its clauses, or its title). A clause of another document, about another meeting, is no
 * answer however well it covers the rest.
 */
function inPlacesNamed({ form, store }: Pick<EvidenceInput, 'form' | 'store'>, hit: Hit): boolean {
  // Cities and countries: a region ("Africa") is as often an adjective ("16 African countries").
  const named = form.places?.filter((k) => ['city', 'country'].includes(placeKind(k)));
  if (!named?.length) return true;
  let byDoc = documentPlaces.get(store);
  if (!byDoc) documentPlaces.set(store, (byDoc = new Map()));
  let places = byDoc.get(hit.clause.docId);
  if (!places) {
    const meta = store.docs.get(hit.clause.docId);
    const lang = meta?.language ?? 'fr';
    const texts = store.clauses.filter((c) => c.docId === hit.clause.docId).map((c) => `${c.context}\n${c.text}`);
    places = placesNamed([meta?.title ?? '', meta?.citation ?? '', ...texts].join('\n'), lang);
    byDoc.set(hit.clause.docId, places);
  }
  return named.every((k) => places!.has(k));
}

/**
 * What a letter's own lines answer. Its date line dates the letter: it answers "when is circ 67 dated?", not "is there
 * an end date for the JCG?". Its signature answers "who signed?": the letter's title counts as its topic, and a shared
 * "signé" would make it the evidence for "has TSAG already signed off on the split?" (the header fields name
 * themselves: "Tél.:", "Réf.:"). Its reference line ("Ref: TSB Circular 140 TSB Events/AD") answers "what's its
 * reference?", not a question about an event. The lists it goes to ("Aux Président et Vice-Présidents de la CE 11")
 * address offices and hold none.
 */
function letterFieldAnswers(field: string | undefined, form: QuestionForm, groups: TermGroup[], hit: Hit): boolean {
  switch (field) {
    case 'Date':
      return Boolean(hit.named);
    case 'Signature':
      return (form.kinds ?? [form.type]).includes('person');
    case 'Reference':
      return form.type === 'document' || groups.some((g) => g.original.some((t) => REFERENCE_TERMS.has(t)));
    case 'Addressees':
    case 'Copy to':
      return !form.office;
    default:
      return true;
  }
}

/** The part of a letter a clause is ("Date", "Signature", "Telephone"), the last step of its label; none for a body clause. */
function letterField(clause: Hit['clause']): string | undefined {
  return clause.scope === 'document' ? clause.label.split(' › ').at(-1) : undefined;
}

/**
 * Picks the clauses to cite; empty when the evidence is too weak to answer. "The tel, fax and email for the JCG?" asks
 * three kinds of fact, each in a clause of its own (a letter's header lines): each kind is answered by its best clause.
 */
export function selectEvidence(input: EvidenceInput): Ranked[] {
  const kinds = askedKinds(input.form);
  if (kinds.length < 2) return evidenceFor(input);
  const each = kinds.map((type) => evidenceFor({ ...input, form: { ...input.form, type } }));
  // Interleaved, so the best clause of every kind comes first.
  const interleaved = Array.from({ length: MAX_CITATIONS }, (_, i) => each.flatMap((e) => (e[i] ? [e[i]] : []))).flat();
  return interleaved.filter((h, i) => interleaved.findIndex((x) => x.index === h.index) === i).slice(0, MAX_CITATIONS);
}

function evidenceFor(input: EvidenceInput): Ranked[] {
  // "Is there a dress code…?" where no candidate holds anything of a dress code: the documents are silent on it.
  const { exists } = input.form;
  if (exists?.length && !input.hits.some((h) => exists.some((g) => (h.credits?.[g] ?? 0) > 0))) return [];
  // A clause that talks to the assistant ("ignore previous instructions…") is never evidence, nor sent to a model.
  // The same text twice (a summary repeated under "Reasons") is one piece of evidence: keep the first.
  const texts = new Set<string>();
  const distinct = input.hits.filter((h) => !texts.has(h.clause.text) && texts.add(h.clause.text));
  const answering = distinct.filter((h) => answersForm(input, h) && !isHostile(h.clause.text)).map((h) => typed(input, h));
  const usable = rankForAnswer(answering).map((h) => (h.softMatch ? { ...h, relevance: h.relevance * SOFT_TYPE_BONUS } : h));
  usable.sort((a, b) => b.relevance - a.relevance);
  const covering = usable.filter((h) => h.coverage >= (h.typed ? TYPED_MIN_COVERAGE : MIN_COVERAGE));
  // When the question names a document and that document answers, the others are not cited.
  const ranked = covering.some((h) => h.named) ? covering.filter((h) => h.named) : covering;
  const best = ranked[0];
  if (!best) return [];
  const chosen = ranked
    .filter(
      (h, i) =>
        i === 0 ||
        (h.coverage >= Math.max(best.typed ? TYPED_MIN_COVERAGE : MIN_COVERAGE, SECOND_COVERAGE * best.coverage) &&
          h.relevance >= 0.6 * best.relevance),
    )
    .slice(0, MAX_CITATIONS);
  const withBoth = withEachNamedDocument(chosen, usable, best, input.hits);
  return WHICH_STUDY_GROUP.test(input.question) ? withOtherStudyGroup(withBoth, usable, best) : withBoth;
}

/**
 * "What do Res. 98 and the APT proposal each say about …": when the question names two or three documents and the
 * chosen clauses leave one out, the best clause of that document that answers the form joins them (coverage a little
 * below the bar is accepted, as for the other study group): a question about two documents is answered from both.
 */
function withEachNamedDocument(chosen: Ranked[], usable: Ranked[], best: Ranked, hits: Hit[]): Ranked[] {
  const named = new Set(hits.filter((h) => h.named).map((h) => h.clause.docId));
  if (named.size < 2) return chosen;
  let out = chosen;
  for (const docId of named) {
    if (!out.some((h) => h.clause.docId === docId)) out = withOther(out, usable, best, (h) => h.clause.docId === docId);
  }
  return out;
}

/**
 * The chosen clauses with the best usable one that passes `wanted` and was not chosen (coverage a little below the
 * bar accepted), in place of the last when they are already MAX_CITATIONS.
 */
function withOther(chosen: Ranked[], usable: Ranked[], best: Ranked, wanted: (h: Ranked) => boolean): Ranked[] {
  const other = usable.find(
    (h) => !chosen.includes(h) && h.coverage >= OTHER_GROUP_COVERAGE && h.relevance >= 0.4 * best.relevance && wanted(h),
  );
  return other ? [...chosen.slice(0, MAX_CITATIONS - 1), other] : chosen;
}

/**
 * A clause that holds the kind of fact asked for (it passed the form checks)
 * is judged on the rest of the question: the words that only name the kind
 * of fact ("phone NUMBER") are what the fact itself answers.
 */
function typed(input: EvidenceInput, hit: Hit): Hit & { typed?: boolean; softMatch?: boolean } {
  const { form, groups } = input;
  // "Who was circ 67 addressed to? …": the letter named and its addressee list is the whole answer, as its date line is.
  if (form.recipients && hit.named && letterField(hit.clause) === 'Addressees') {
    return { ...hit, coverage: Math.max(hit.coverage, TYPED_MIN_COVERAGE), typed: true };
  }
  if (!form.type) return valued(input, hit);
  if (!STRICT_TYPES.has(form.type)) return findSpans(hit.clause.text).some((s) => s.type === form.type) ? { ...hit, softMatch: true } : hit;
  const rest = groups.filter((_, i) => !form.cue.includes(i));
  let coverage = rest.length ? Math.max(hit.coverage, input.coverage(rest, hit.index)) : 1;
  // "The fax number from the circ 67 letterhead?", "when is circ 67 dated?": a document named and a field of its
  // header (a contact, its date line) is the whole answer.
  if (hit.named && (CONTACT_TYPES.has(form.type) || (form.type === 'date' && letterField(hit.clause) === 'Date'))) {
    coverage = Math.max(coverage, TYPED_MIN_COVERAGE);
  }
  return { ...hit, coverage, typed: true };
}

/**
 * "In what PROPORTION…?" answered by "2.4 times less likely", "which COUNTRY…?" by "Zambia": a clause that gives the
 * value the focus asks for covers the word that asked it, as the fact covers "phone NUMBER".
 */
function valued(input: EvidenceInput, hit: Hit): Hit {
  const { form, groups, store } = input;
  const lang = store.languageOf(hit.index);
  const given = form.focus.filter((g) => (hit.credits?.[g] ?? 0) === 0 && givesValueOf(groups[g], hit.clause, form, lang));
  if (!given.length) return hit;
  const rest = groups.filter((_, i) => !given.includes(i));
  return rest.length ? { ...hit, coverage: Math.max(hit.coverage, input.coverage(rest, hit.index)) } : hit;
}

/** "Which SG handles …?": the question this group exists for, where the answer often spans SG17 and SG20. */
const WHICH_STUDY_GROUP =
  /\b(which|what|quel(?:le)?s?|cu[aá]l(?:es)?|qu[eé])\s+(sg|study groups?|commissions? d'[ée]tudes?|ce|comisi[oó]n(?:es)? de estudio)\b/i;
const STUDY_GROUP_NUMBER = /\b(?:sg|ce|study groups?|commissions? d'[ée]tudes?|comisi[oó]n(?:es)? de estudio)\s?(\d{1,2})\b/gi;

function studyGroups(text: string): Set<string> {
  return new Set([...text.matchAll(STUDY_GROUP_NUMBER)].map((m) => m[1]));
}

/**
 * When every chosen clause names the same study group, add the best usable
 * clause that names another (coverage a little below the bar is accepted):
 * a demarcation question is answered by the clauses of both groups.
 */
function withOtherStudyGroup(chosen: Ranked[], usable: Ranked[], best: Ranked): Ranked[] {
  const named = new Set(chosen.flatMap((h) => [...studyGroups(h.clause.text)]));
  if (named.size !== 1) return chosen;
  return withOther(chosen, usable, best, (h) => [...studyGroups(h.clause.text)].some((n) => !named.has(n)));
}
