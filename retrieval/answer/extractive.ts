/**
 * The embedded default: an extractive answer — the typed fact first when the
 * question asks for one, then the sentences of the cited clauses that carry
 * it, with numbered clause citations — or a plain abstention when the
 * evidence does not answer. No model, no network.
 */
import { isOperativeClause, type ClauseStore } from '../ingest/clause-store.ts';
import { FULL_CREDIT } from '../lexical/bm25-index.ts';
import { STRICT_TYPES } from '../lang/index.ts';
import { isStopWord } from '../query/analyze.ts';
import type { QuestionForm } from '../query/question-form.ts';
import { fold } from '../text.ts';
import type { Answer, Citation, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { directAnswer, wantedSpans } from './direct-answer.ts';
import { rankForAnswer, selectEvidence } from './evidence.ts';
import { meetsType } from './form-checks.ts';
import { languageName, MESSAGES } from './messages.ts';
import { bestPassage } from './passage.ts';
import { rowReading } from '../ingest/parse/table-rows.ts';

const MAX_LIST_ITEMS = 8;
/**
 * A question that asks for a list: "what are the …", "which … are listed", "quels sont", "cuáles son", "list the …", or
 * for the answer in bullets ("a rundown", "bullets fine", "en puces", "en viñetas").
 */
const LIST_QUESTION = new RegExp(
  String.raw`\b(?:(?:what|which) (?:are|were)|listed|list (?:the|all|of)|lister|listez|quel(?:le)?s sont|cuales son|enumer\w*|` +
    String.raw`bullets?|puces|vinetas|rundown)\b`,
);
/**
 * The list asked for as the answer's form, at the message's end: "? quick list pls", "? lista porfa", "as a list" (not
 * "the email list", "its to-do list": a noun before "list" says which list, not the answer's form).
 */
const LIST_FORM = new RegExp(
  String.raw`(?:(?:^|[?.!,:;]\s*)(?:quick |short )?|\b(?:as an?|in an?|en|une|una|en una) (?:quick |short )?)list[ae]?` +
    String.raw`(?:\s+(?:pls|please|plz|porfa|por favor|svp|stp))?\W*$`,
);
// "Which partners…", "quelles recommandations…", "¿qué contribuciones…?": a question word before a plural noun.
const PLURAL_ASKED = /\b(?:which|what|quel(?:le)?s|que|cuales)\s+([a-z]{3,}s)\b/g;

/**
 * The question asks for several things: "what are…", "list…", or a question word before a plural noun when no value
 * is asked ("en qué fechas" wants dates, not a list's every item; "quelles recommandations" may be either kind).
 */
function asksForList(question: string, form: QuestionForm): boolean {
  const folded = fold(question);
  if (LIST_QUESTION.test(folded) || LIST_FORM.test(folded)) return true;
  const valueAsked = form.type !== undefined && STRICT_TYPES.has(form.type);
  return !valueAsked && [...folded.matchAll(PLURAL_ASKED)].some((m) => !isStopWord(m[1]));
}

export interface ComposeInput {
  question: string;
  lang: Lang;
  hits: Hit[];
  groups: TermGroup[];
  form: QuestionForm;
  store: ClauseStore;
  coverage: (groups: TermGroup[], index: number) => number;
}

/**
 * A cited lead-in brings its list, as hits carrying its scores: the items are the answer ("What are the objectives?").
 * So does a cited item of a list that opens under a heading, with no lead-in, when the question asks for a list
 * ("What topics of interest are listed?"): one item of it is not the answer.
 */
function expandLists<T extends Hit>(evidence: T[], input: ComposeInput): Hit[] {
  const { store, question, form } = input;
  const asList = asksForList(question, form);
  const out: Hit[] = [];
  const seen = new Set<number>();
  const add = (hit: Hit, index: number) => {
    if (seen.has(index)) return;
    seen.add(index);
    out.push(index === hit.index ? hit : { ...hit, index, clause: store.clauses[index] });
  };
  for (const hit of evidence) {
    // The cited clause first (the item that best matches comes before the rest of its list), then its list in order.
    const items = [...store.listItems(hit.index), ...(asList && sectionAsked(hit, input) ? store.listOf(hit.index) : [])];
    add(hit, hit.index);
    for (const index of items.slice(0, MAX_LIST_ITEMS)) add(hit, index);
  }
  return out;
}

/**
 * A resolution's operative section ("invites ITU-T members › 1 … 6") is the answer when the question asks what the
 * section says, not what one of its clauses does: the cited clause matches the question no better than the others of
 * its section, so what it matched is their shared heading ("a qué invita la res 98 a los miembros del sector? lista
 * porfa"). "Which segments must the work cover?" matches the one clause that names them, and is answered by it alone.
 */
function sectionAsked(hit: Hit, { store, groups, coverage }: ComposeInput): boolean {
  if (!isOperativeClause(hit.clause.id)) return true;
  const own = coverage(groups, hit.index);
  return store.listOf(hit.index).every((i) => coverage(groups, i) >= own - 0.01);
}

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

/**
 * A clause shown as related to an abstention holds one of the question's concepts as asked (or as a term of art):
 * "what's the weather in Geneva tomorrow?" meets the GCA guidelines only through the dictionary's "temps", and lists
 * nothing, where "is there a meeting in December?" lists the meetings the documents announce.
 */
function holdsAsAsked(hit: Hit): boolean {
  return (hit.credits ?? []).some((credit) => credit >= FULL_CREDIT);
}

/**
 * "When is the next SG17 meeting?" found "un rapport un mois avant chaque réunion de la CE 17": the clause dates the
 * report, counted from the meeting, and gives no date of the meeting. A question that asks when the next one is (a
 * date of the thing itself) is answered by a clause with a date or a year, or that times one of the things it asks
 * about; otherwise the documents are silent, and the clauses found are listed as related, not cited. Other "when"
 * questions keep any relative time: "when do we owe SG17 a writeup?" is answered by "un rapport un mois avant …",
 * though the lexicon has no path from "writeup" to "rapport".
 */
function datesAsked(cited: Hit[], { form, groups, store }: ComposeInput): boolean {
  if (form.type !== 'date' || !form.upcoming) return true;
  return cited.some((h) => {
    const doc = { date: store.docs.get(h.clause.docId)?.date, lang: store.languageOf(h.index) };
    return meetsType(form, h.clause, groups, doc, 'asked');
  });
}

export function composeExtractive(input: ComposeInput): Answer {
  const { question, lang, hits, groups, store, form } = input;
  const docs = store.docs;
  const evidence = groups.length ? selectEvidence(input) : [];
  if (!evidence.length) {
    const related = rankForAnswer(hits)
      .filter(holdsAsAsked)
      .slice(0, 3)
      .map((h, i) => toCitation(h, i + 1, docs));
    return abstention(question, lang, related);
  }
  const withLists = expandLists(evidence, input);
  if (!datesAsked(withLists, input)) {
    return abstention(question, lang, evidence.slice(0, 3).map((h, i) => toCitation(h, i + 1, docs)));
  }
  const citations = withLists.map((h, i) => toCitation(h, i + 1, docs));
  const docLangs = new Set(withLists.map((h) => docs.get(h.clause.docId)?.language ?? lang));
  const foreign = [...docLangs].find((l) => l !== lang);
  const lead = foreign ? MESSAGES[lang].leadQuoted(languageName(foreign, lang)) : MESSAGES[lang].lead;
  const lines = withLists.map((h, i) => {
    const doc = docs.get(h.clause.docId);
    const wanted = wantedSpans(form, groups, doc?.date);
    return `• ${h.clause.label}: “${bestPassage(rowReading(h.clause), groups, doc?.language ?? lang, wanted, form)}” [${i + 1}]`;
  });
  const fact = directAnswer(
    form,
    withLists.map((h, i) => ({
      // A table row is read with its column names ("146 Participants"), in the quote and the answer line alike.
      clause: { ...h.clause, text: rowReading(h.clause) },
      n: i + 1,
      lang: docs.get(h.clause.docId)?.language,
      docDate: docs.get(h.clause.docId)?.date,
    })),
    groups,
    lang,
  );
  const answer = [...(fact ? [fact, ''] : []), lead, ...lines].join('\n');
  return { question, answer, abstained: false, citations, related: [], lang, mode: 'extractive', notes: [] };
}
