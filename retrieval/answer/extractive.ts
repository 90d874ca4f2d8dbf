/**
 * The embedded default: an extractive answer — the typed fact first when the
 * question asks for one, then the sentences of the cited clauses that carry
 * it, with numbered clause citations — or a plain abstention when the
 * evidence does not answer. No model, no network.
 */
import type { ClauseStore } from '../ingest/clause-store.ts';
import { FULL_CREDIT } from '../lexical/bm25-index.ts';
import type { QuestionForm } from '../query/question-form.ts';
import type { Answer, Citation, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { directAnswer, wantedSpans } from './direct-answer.ts';
import { rankForAnswer, selectEvidence } from './evidence.ts';
import { languageName, MESSAGES } from './messages.ts';
import { bestPassage } from './passage.ts';

const MAX_LIST_ITEMS = 8;

export interface ComposeInput {
  question: string;
  lang: Lang;
  hits: Hit[];
  groups: TermGroup[];
  form: QuestionForm;
  store: ClauseStore;
  coverage: (groups: TermGroup[], index: number) => number;
}

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
  const withLists = expandLists(evidence, store);
  const citations = withLists.map((h, i) => toCitation(h, i + 1, docs));
  const docLangs = new Set(withLists.map((h) => docs.get(h.clause.docId)?.language ?? lang));
  const foreign = [...docLangs].find((l) => l !== lang);
  const lead = foreign ? MESSAGES[lang].leadQuoted(languageName(foreign, lang)) : MESSAGES[lang].lead;
  const lines = withLists.map((h, i) => {
    const doc = docs.get(h.clause.docId);
    const wanted = wantedSpans(form, groups, doc?.date);
    return `• ${h.clause.label}: “${bestPassage(h.clause.text, groups, doc?.language ?? lang, wanted, form)}” [${i + 1}]`;
  });
  const fact = directAnswer(
    form,
    withLists.map((h, i) => ({
      clause: h.clause,
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
