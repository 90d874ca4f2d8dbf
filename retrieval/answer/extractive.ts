/**
 * The embedded default: an extractive answer built from the sentences of the
 * best clauses, with numbered clause citations, or a plain abstention when
 * the evidence is weak. No model, no network.
 */
import type { ClauseStore } from '../ingest/clause-store.ts';
import { analyze } from '../query/analyze.ts';
import { isHostile } from '../query/guard.ts';
import type { Answer, Citation, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { languageName, MESSAGES } from './messages.ts';

/** Below this share of the question's (rarity-weighted) concepts, no clause answers it. */
export const MIN_COVERAGE = 0.5;
const MAX_CITATIONS = 3;
const MAX_QUOTE = 420;

export interface ComposeInput {
  question: string;
  lang: Lang;
  hits: Hit[];
  groups: TermGroup[];
  store: ClauseStore;
}

const MAX_LIST_ITEMS = 8;

/** A cited lead-in brings its list, as hits carrying its scores: the items are the answer ("What are the objectives?"). */
function expandLists<T extends Hit>(evidence: T[], store: ClauseStore): Hit[] {
  const listItems = (hit: Hit): Hit[] => store.listItems(hit.index).map((index) => ({ ...hit, index, clause: store.clauses[index] }));
  const out: Hit[] = [];
  const seen = new Set<number>();
  for (const hit of evidence) {
    if (seen.has(hit.index)) continue;
    seen.add(hit.index);
    out.push(hit);
    for (const item of listItems(hit).slice(0, MAX_LIST_ITEMS)) {
      if (seen.has(item.index)) continue;
      seen.add(item.index);
      out.push(item);
    }
  }
  return out;
}

/** Orders hits by retrieval strength, damped by how much of the question each clause covers. */
export function rankForAnswer(hits: Hit[]): Array<Hit & { relevance: number }> {
  return hits
    .map((h) => ({ ...h, relevance: h.strength * (0.25 + h.coverage) }))
    .sort((a, b) => b.relevance - a.relevance);
}

const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|cent|mille|dos|tres|cuatro|seis|siete|ocho|nueve|diez|veinte|cien|mil)\b/i;
const MONTHS = /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i;

/**
 * What the question's form demands of a clause that answers it: the years it
 * names, a number for "how many", a date for "when". A clause without them
 * may be on topic but does not answer.
 */
export function answersForm(question: string, hit: Hit): boolean {
  const text = hit.clause.text;
  const scope = `${text}\n${hit.clause.context}`;
  for (const year of question.match(/\b(?:19|20)\d\d\b/g) ?? []) if (!scope.includes(year)) return false;
  if (WANTS_NUMBER.test(question) && !/\d/.test(text) && !NUMBER_WORDS.test(text)) return false;
  if (WANTS_DATE.test(question) && !/\b(?:19|20)\d\d\b/.test(scope) && !MONTHS.test(text) && !/\b(before|after|until|avant|après|jusqu|antes|después|hasta)\b/i.test(text)) return false;
  return true;
}

/** Picks the clauses to cite; empty when the evidence is too weak to answer. */
export function selectEvidence(hits: Hit[], question = ''): Array<Hit & { relevance: number }> {
  // A clause that talks to the assistant ("ignore previous instructions…") is never evidence, nor sent to a model.
  // The same text twice (a summary repeated under "Reasons") is one piece of evidence: keep the first.
  const texts = new Set<string>();
  const distinct = hits.filter((h) => !texts.has(h.clause.text) && texts.add(h.clause.text));
  const usable = rankForAnswer(distinct.filter((h) => answersForm(question, h) && !isHostile(h.clause.text)));
  const covering = usable.filter((h) => h.coverage >= MIN_COVERAGE);
  // When the question names a document and that document answers, the others are not cited.
  const ranked = covering.some((h) => h.named) ? covering.filter((h) => h.named) : covering;
  const best = ranked[0];
  if (!best) return [];
  const chosen = ranked
    .filter((h, i) => i === 0 || (h.coverage >= Math.max(MIN_COVERAGE, 0.75 * best.coverage) && h.relevance >= 0.6 * best.relevance))
    .slice(0, MAX_CITATIONS);
  return WHICH_STUDY_GROUP.test(question) ? withOtherStudyGroup(chosen, usable, best) : chosen;
}

/** "Which SG handles …?": the question this group exists for, where the answer often spans SG17 and SG20. */
const WHICH_STUDY_GROUP = /\b(which|what|quel(?:le)?s?|cu[aá]l(?:es)?|qu[eé])\s+(sg|study groups?|commissions? d'[ée]tudes?|ce|comisi[oó]n(?:es)? de estudio)\b/i;
const STUDY_GROUP_NUMBER = /\b(?:sg|ce|study groups?|commissions? d'[ée]tudes?|comisi[oó]n(?:es)? de estudio)\s?(\d{1,2})\b/gi;

function studyGroups(text: string): Set<string> {
  return new Set([...text.matchAll(STUDY_GROUP_NUMBER)].map((m) => m[1]));
}

/**
 * When every chosen clause names the same study group, add the best usable
 * clause that names another (coverage a little below the bar is accepted):
 * a demarcation question is answered by the clauses of both groups.
 */
function withOtherStudyGroup<T extends Hit & { relevance: number }>(chosen: T[], usable: T[], best: T): T[] {
  const named = new Set(chosen.flatMap((h) => [...studyGroups(h.clause.text)]));
  if (named.size !== 1) return chosen;
  const other = usable.find(
    (h) => !chosen.includes(h) && h.coverage >= OTHER_GROUP_COVERAGE && h.relevance >= 0.4 * best.relevance && [...studyGroups(h.clause.text)].some((n) => !named.has(n)),
  );
  if (!other) return chosen;
  return [...chosen.slice(0, MAX_CITATIONS - 1), other];
}

const OTHER_GROUP_COVERAGE = 0.4;

export function toCitation(hit: Hit & { relevance?: number }, n: number, docs: ReadonlyMap<string, DocumentMeta>): Citation {
  const doc = docs.get(hit.clause.docId);
  return {
    n,
    id: hit.clause.id,
    document: doc?.citation ?? hit.clause.docId,
    label: hit.clause.label,
    text: hit.clause.text,
    score: Number((hit.relevance ?? hit.fused).toFixed(4)),
    ...(doc?.url ? { url: doc.url } : {}),
  };
}

export function abstention(question: string, lang: Lang, related: Citation[], hostile = false): Answer {
  return {
    question,
    answer: hostile ? MESSAGES[lang].hostile : MESSAGES[lang].abstain,
    abstained: true,
    citations: [],
    related: hostile ? [] : related,
    lang,
    mode: 'extractive',
    notes: [],
  };
}

export function composeExtractive(input: ComposeInput): Answer {
  const { question, lang, hits, groups, store } = input;
  const docs = store.docs;
  const evidence = groups.length ? selectEvidence(hits, question) : [];
  if (!evidence.length) {
    const related = rankForAnswer(hits).slice(0, 3).map((h, i) => toCitation(h, i + 1, docs));
    return abstention(question, lang, related);
  }
  const withLists = expandLists(evidence, store);
  const citations = withLists.map((h, i) => toCitation(h, i + 1, docs));
  const docLangs = new Set(withLists.map((h) => docs.get(h.clause.docId)?.language ?? lang));
  const foreign = [...docLangs].find((l) => l !== lang);
  const lead = foreign ? MESSAGES[lang].leadQuoted(languageName(foreign, lang)) : MESSAGES[lang].lead;
  const lines = withLists.map((h, i) => {
    const docLang = docs.get(h.clause.docId)?.language ?? lang;
    return `• ${h.clause.label}: “${bestPassage(h.clause.text, groups, docLang, question)}” [${i + 1}]`;
  });
  return { question, answer: [lead, ...lines].join('\n'), abstained: false, citations, related: [], lang, mode: 'extractive', notes: [] };
}

// What kind of fact the question wants, so the quote keeps the sentence that has it.
const WANTS_NUMBER = /\b(how many|how much|number of|combien|nombre de|cu[aá]ntos|cu[aá]ntas)\b/i;
const WANTS_DATE = /\b(when|what date|deadline|quand|quelle date|date limite|cu[aá]ndo|fecha|plazo)\b/i;

/** The sentence of a clause that carries most of the question's concepts, within MAX_QUOTE characters. */
export function bestPassage(text: string, groups: TermGroup[], docLang: Lang, question = ''): string {
  // Non-breaking spaces become plain ones: quotes are read and searched as text.
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE) return flat;
  const sentences = flat.split(/(?<=[.;:!?])\s+(?=[\p{Lu}«"(\d])/u);
  const wanted = new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)));
  const bonus = (s: string) => (WANTS_NUMBER.test(question) && /\b(?!(?:19|20)\d\d\b)\d+\b/.test(s) ? 4 : 0) + (WANTS_DATE.test(question) && /\b(19|20)\d\d\b/.test(s) ? 2 : 0);
  const scored = sentences.map((s, i) => ({ s, i, score: analyze(s, docLang).filter((t) => wanted.has(t)).length + bonus(s) }));
  const best = [...scored].sort((a, b) => b.score - a.score || a.i - b.i)[0];
  const passage = best.s.length <= MAX_QUOTE ? best.s : best.s.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '') + '…';
  return (best.i > 0 ? '… ' : '') + passage + (best.i < sentences.length - 1 && !passage.endsWith('…') ? ' …' : '');
}
