/**
 * Structured, cited answers: meeting briefs (`summary`) and mandate
 * onboarding (`mandate`). Extractive: each point is a clause's best passage
 * with its citation number.
 */
import type { Retriever } from '../fusion/retriever.ts';
import { ALL_TABLES } from '../lang/index.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import type { Answer, Citation, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { questionForm } from '../query/question-form.ts';
import { answersForm, MIN_COVERAGE, rankForAnswer } from './evidence.ts';
import { abstention, toCitation } from './extractive.ts';
import { bestPassage } from './passage.ts';

export interface Section {
  title: string;
  hits: Hit[];
  groups: TermGroup[];
}

// A day, a month in any language, a year: "17 septembre 2025".
const MONTH_NAMES = ALL_TABLES.flatMap((t) => t.monthNames).join('|');
const DATE = new RegExp(String.raw`\b\d{1,2}(?:er)?\s+(?:${MONTH_NAMES})\s+\d{4}\b`, 'i');

const TITLES: Record<Lang, Record<string, string>> = {
  en: {
    what: 'What it is',
    why: 'Why it exists',
    objectives: 'Objectives',
    methods: 'Working methods',
    convenors: 'Who convenes it',
    join: 'How to take part',
    dates: 'Dates and deadlines',
    points: 'Key points',
    purpose: 'Purpose',
  },
  fr: {
    what: "Ce que c'est",
    why: 'Pourquoi il existe',
    objectives: 'Objectifs',
    methods: 'Méthodes de travail',
    convenors: 'Qui le dirige',
    join: 'Comment participer',
    dates: 'Dates et échéances',
    points: 'Points clés',
    purpose: 'Objet',
  },
  es: {
    what: 'Qué es',
    why: 'Por qué existe',
    objectives: 'Objetivos',
    methods: 'Métodos de trabajo',
    convenors: 'Quién lo coordina',
    join: 'Cómo participar',
    dates: 'Fechas y plazos',
    points: 'Puntos clave',
    purpose: 'Objeto',
  },
};

// Mandate topics, phrased for the glossary to carry them into the documents' language.
const MANDATE_QUERIES: Array<[string, string, number]> = [
  ['what', 'creation of the Joint Correspondence Group on IoT Security JCG-IoTSec', 1],
  ['why', 'WTSA-24 Action 7 IoT security study groups 17 and 20 joint coordination mechanism', 1],
  ['objectives', 'JCG-IoTSec objectives examine overlaps gaps demarcation SG17 SG20 IoT security', 3],
  ['methods', 'JCG-IoTSec working methods parent group TSAG mailing list report', 2],
  ['convenors', 'co-convenors of JCG-IoTSec', 1],
  ['join', 'participate register mailing list JCG-IoTSec open to organizations', 2],
  ['dates', 'first meeting of JCG-IoTSec date venue deadline contributions', 2],
];

export async function mandateSections(retriever: Retriever, lang: Lang): Promise<Section[]> {
  const sections: Section[] = [];
  for (const [key, query, n] of MANDATE_QUERIES) {
    const { hits, groups } = await retriever.retrieve(query, 'en', 8);
    sections.push({
      title: TITLES[lang][key],
      hits: rankForAnswer(hits)
        .filter((h) => h.coverage >= 0.3)
        .slice(0, n),
      groups,
    });
  }
  return sections;
}

/** A brief of one document (its most central clauses per heading, and its dates) or of a topic. */
export async function briefSections(
  retriever: Retriever,
  store: ClauseStore,
  topic: string,
  lang: Lang,
  doc?: DocumentMeta,
): Promise<Section[]> {
  if (doc) {
    const clauses = store.clauses
      .map((clause, index) => ({ clause, index }))
      .filter(({ clause, index }) => clause.docId === doc.id && !store.flagged(index));
    const byHeading = new Map<string, typeof clauses>();
    for (const c of clauses) {
      const head = c.clause.label.split(' › ').slice(0, -1).join(' › ') || c.clause.label;
      byHeading.set(head, [...(byHeading.get(head) ?? []), c]);
    }
    const central = [...byHeading.values()].map((group) => [...group].sort((a, b) => b.clause.text.length - a.clause.text.length)[0]);
    const asHits = (list: typeof clauses): Hit[] =>
      list.map(({ clause, index }) => ({ index, clause, lexical: 0, dense: 0, fused: 1, strength: 1, coverage: 1 }));
    const dated = clauses.filter(({ clause }) => DATE.test(clause.text)).slice(0, 4);
    return [
      { title: TITLES[lang].purpose, hits: asHits(central.slice(0, 1)), groups: [] },
      { title: TITLES[lang].points, hits: asHits(central.slice(1, 7)), groups: [] },
      { title: TITLES[lang].dates, hits: asHits(dated), groups: [] },
    ];
  }
  const { hits, groups } = await retriever.retrieve(topic || 'JCG-IoTSec', lang, 12);
  const form = questionForm(topic, lang, groups);
  const all = rankForAnswer(hits.filter((h) => answersForm({ form, groups, store }, h)));
  // Points as close to the topic as the best one: a brief, not a search result list.
  const bar = Math.max(MIN_COVERAGE * 0.8, 0.75 * (all[0]?.coverage ?? 1));
  const ranked = all.filter((h) => h.coverage >= bar);
  return [
    { title: TITLES[lang].points, hits: ranked.slice(0, 6), groups },
    { title: TITLES[lang].dates, hits: ranked.filter((h) => DATE.test(h.clause.text)).slice(0, 3), groups },
  ];
}

/** Renders sections as headed bullet lists with one citation numbering across the answer. */
export function composeSections(question: string, lang: Lang, sections: Section[], docs: ReadonlyMap<string, DocumentMeta>): Answer {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const parts: string[] = [];
  for (const section of sections) {
    const lines: string[] = [];
    for (const hit of section.hits) {
      let n = numberOf.get(hit.clause.id);
      if (!n) {
        n = citations.length + 1;
        numberOf.set(hit.clause.id, n);
        citations.push(toCitation(hit, n, docs));
      }
      const docLang = docs.get(hit.clause.docId)?.language ?? lang;
      const passage =
        section.title === TITLES[lang].dates ? dateSentence(hit.clause.text) : bestPassage(hit.clause.text, section.groups, docLang);
      lines.push(`• ${hit.clause.label}: “${passage}” [${n}]`);
    }
    if (lines.length) parts.push(`*${section.title}*`, ...lines);
  }
  if (!citations.length) return abstention(question, lang, []);
  return { question, answer: parts.join('\n'), abstained: false, citations, related: [], lang, mode: 'extractive', notes: [] };
}

function dateSentence(text: string): string {
  const sentences = text.replace(/\s*\n\s*/g, ' ').split(/(?<=[.;])\s+/);
  return sentences.find((s) => DATE.test(s)) ?? sentences[0];
}
