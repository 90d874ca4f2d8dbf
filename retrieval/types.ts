/**
 * The shapes that cross the core's boundary. Nothing here knows about Slack,
 * Discord or any model vendor: adapters translate to and from these.
 */

export type Lang = 'en' | 'fr' | 'es';

/** One document of the corpus, as the manifest (or detection) describes it. */
export interface DocumentMeta {
  id: string;
  /** File name inside the corpus folder. */
  file: string;
  title: string;
  /** Short citation name, e.g. "WTSA Res. 98 (Rev. Geneva, 2022)". */
  citation: string;
  /** Prefix of clause label paths, e.g. "Res. 98". */
  short: string;
  body?: string;
  date?: string;
  language: Lang;
  kind?: string;
  url?: string;
  /** Other names people use for the document ("Resolution 98", "GCA guidelines"). */
  aliases?: string[];
  /** Annex letter → label prefix, e.g. { A: "JCG-IoTSec ToR" }. */
  annexes?: Record<string, string>;
}

/** One citable unit: a lettered/numbered clause, list item or paragraph. */
export interface Clause {
  /** Stable id: `<docId>:<path slug>`, unchanged when other documents change. */
  id: string;
  docId: string;
  /** Label path as a delegate would write it: "Res. 98 › considering › f)". */
  label: string;
  /** Verbatim clause text (extraction markers removed, footnote text kept). */
  text: string;
  /** Parent headings and lead-in text: seen by retrieval, never shown as the citation. */
  context: string;
  /** Character offsets [start, end) of the clause in the extracted source text. */
  start: number;
  end: number;
  /** `document`: the clause speaks for its whole document (a letter's header field or signature), whose title is its topic. */
  scope?: 'document';
}

/** A clause as cited in an answer. */
export interface Citation {
  /** 1-based number used in the answer text, e.g. [1]. */
  n: number;
  id: string;
  /** The document's short citation name. */
  document: string;
  label: string;
  text: string;
  score: number;
  url?: string;
}

export type AnswerMode = 'extractive' | 'generative';

export interface Answer {
  question: string;
  /** Answer text; sentences refer to citations as [n]. Empty of citations when abstained. */
  answer: string;
  abstained: boolean;
  citations: Citation[];
  /** Nearest clauses shown as "related" on abstention: never citations. */
  related: Citation[];
  lang: Lang;
  mode: AnswerMode;
  /** One-line notices for the user (e.g. "dense retrieval unavailable"). */
  notes: string[];
  /** Standalone question actually searched (after follow-up rewriting). */
  searched?: string;
  /** What citation verification rejected in a model's answer before falling back. */
  rejected?: string[];
}

/** A previous exchange in the same conversation (chat thread). */
export interface Turn {
  question: string;
  answer: Pick<Answer, 'answer' | 'citations' | 'abstained'>;
}

export interface AskOptions {
  /** Previous turns of the thread, oldest first. */
  history?: Turn[];
  /** Use the configured OpenAI-compatible model (default: yes when one is configured). */
  llm?: boolean;
  /** Language of the framing when there is no question to detect it from (mandate). */
  lang?: Lang;
  /** Receives partial answer text as it is produced. */
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export interface SourceInfo {
  id: string;
  citation: string;
  title: string;
  language: Lang;
  clauses: number;
  url?: string;
  date?: string;
}

/** A clause the planted-instruction detector flagged at indexing: listed, never used as evidence. */
export interface FlaggedClause {
  id: string;
  label: string;
  /** The document's short citation name. */
  document: string;
  reason: string;
}

export interface ClauseView extends Clause {
  document: string;
  url?: string;
}

/** A document index and its score, as every index (lexical, vector) returns them. */
export interface ScoredDoc {
  index: number;
  score: number;
}

/** Where an alternative of a concept comes from; absent: as asked, or the ITU glossary. */
export type AlternativeSource = 'lexicon' | 'variant' | 'spelling';

/** One query concept: the words as asked, and their equivalents. */
export interface TermGroup {
  /** Analysed terms as asked. */
  original: string[];
  /** Alternatives (the original first), each a term sequence, with a weight. */
  alternatives: Array<{ terms: string[]; weight: number; source?: AlternativeSource }>;
  /** How much the concept matters to what is asked (0..1; absent: 1): less in a side remark. */
  importance?: number;
  /**
   * How specific the words as asked are in general language (0..1; absent:
   * 1): what a concept the corpus lacks, or has only through a
   * general-dictionary sense, weighs instead of a corpus rarity.
   */
  specificity?: number;
  /**
   * The concept names something (a body, a group, a programme: "jcg",
   * "tsag", "sg17"): a term of the ITU glossary that is no word of general
   * language. The clause that answers must name it too, in its text,
   * headings or title.
   */
  entity?: boolean;
}

/** A retrieved clause with the scores the answer step weighs. */
export interface Hit {
  /** Position of the clause in the clause store. */
  index: number;
  clause: Clause;
  lexical: number;
  dense: number;
  /** Reciprocal-rank fusion of the two rankings: orders candidates. */
  fused: number;
  /** Lexical and dense scores scaled to the best candidate's (0..1), averaged when both exist: what answers weigh. */
  strength: number;
  /** Rarity-weighted share of the question's concepts present in the clause. */
  coverage: number;
  /** Per concept of the question (the order of `Retrieval.groups`), how fully the clause has it (0..1). */
  credits?: number[];
  /** The clause belongs to a document the question names. */
  named?: boolean;
}

/** What retrieval hands the answer step: the candidates and the question's concepts. */
export interface Retrieval {
  hits: Hit[];
  groups: TermGroup[];
}

/** Index building progress, for progress bars. */
export interface Progress {
  phase: 'parse' | 'embed';
  done: number;
  total: number;
}
