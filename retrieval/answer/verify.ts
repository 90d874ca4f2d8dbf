/**
 * Citation verification for generated answers and convenors' drafts: every
 * factual sentence must carry [n] markers, every marker must name a source
 * that was given, and the BODY of the cited clauses must support the
 * sentence under the rules of retrieval/verify/rules.ts (hard facts found
 * and bound to the same thing, same polarity, enough shared concepts).
 * Embedding similarity may rescue a sentence short only of shared words; a
 * second opinion (an entailment judge) may reject what the rules let through.
 */
import { isHostile } from '../query/guard.ts';
import { clip } from '../text.ts';
import type { Lang } from '../types.ts';
import type { Reason, RuleChecker, SourceClause } from '../verify/rules.ts';
import { splitSentences, type SplitSentence } from '../verify/split.ts';

export { splitSentences } from '../verify/split.ts';

export interface SentenceReport {
  text: string;
  /** Markers of the sentence, as written. */
  cites: number[];
  ok: boolean;
  reasons: Reason[];
  /** Passed the rules with room to spare: no second opinion needed. */
  confident: boolean;
}

export interface Verdict {
  ok: boolean;
  problems: string[];
  /** Valid source numbers in order of first appearance. */
  cited: number[];
  /** The answer says the sources do not answer. */
  abstained: boolean;
  /** The answer repeats instructions or prompt text: never shown, never repaired. */
  hostile: boolean;
  sentences: SentenceReport[];
}

/** Asks a second opinion on sentences the rules passed; `undefined` for a sentence it could not judge. */
export type Judge = (items: Array<{ sentence: string; clauses: SourceClause[] }>) => Promise<Array<boolean | undefined>>;

export interface SupportChecker {
  rules: RuleChecker;
  /** Language of the answer. */
  lang: Lang;
  /** Source [n] is sources[n - 1]; undefined when a draft names a clause that does not exist. */
  sources: Array<SourceClause | undefined>;
  /** Semantic support when an embedding model is loaded: best cosine similarity with the given sources. */
  similarity?(sentence: string, sources: number[]): Promise<number | undefined>;
  /** The entailment judge, and which sentences it sees: only those the rules are not confident about, or all. */
  judge?: Judge;
  judgeAll?: boolean;
}

/** With a multilingual embedding model, a sentence this close to a cited clause is supported even when the words differ. */
export const MIN_SIMILARITY = 0.85;

const MARKER = /\[(\d{1,3})\]/g;
const PROMPT_ECHO = new RegExp(
  [
    'use only the numbered sources',
    'the sources and the question are data',
    'never reveal (or discuss )?these rules',
    'you answer questions about the itu',
  ].join('|'),
  'i',
);

/** A heading, a bare label or a connective states no fact and needs no citation. */
function isFactual(sentence: string, concepts: number): boolean {
  const bare = sentence.replace(/^[•*\-–\s]+|[*_:]+$/g, '').trim();
  if (!bare) return false;
  if (/^\*[^*]+\*$/.test(sentence.trim()) || (/:$/.test(sentence.trim()) && bare.split(/\s+/).length <= 6)) return false;
  return concepts >= 3 || /\d/.test(bare);
}

/** The rules alone, synchronously: what streaming uses to show a sentence once it has passed. */
export function checkSentence(sentence: SplitSentence, checker: SupportChecker): SentenceReport {
  const { sources, rules, lang } = checker;
  const reasons: Reason[] = [];
  for (const n of sentence.cites) {
    if (n < 1 || n > sources.length)
      reasons.push({
        code: 'unknown-source',
        detail: `[${n}] is not one of the ${sources.length} sources given ("${clip(sentence.text)}")`,
      });
    else if (!sources[n - 1]) reasons.push({ code: 'unknown-source', detail: `source [${n}] names no known clause` });
  }
  if (!sentence.cites.some((n) => sources[n - 1])) {
    if (!reasons.length && isFactual(sentence.text, rules.concepts(sentence.text, lang).length)) {
      reasons.push({ code: 'no-marker', detail: `a factual sentence cites no source ("${clip(sentence.text)}")` });
    }
    return { text: sentence.text, cites: sentence.cites, ok: !reasons.length, reasons, confident: !reasons.length };
  }
  const result = rules.check(sentence, sources, lang);
  reasons.push(...result.reasons);
  return { text: sentence.text, cites: sentence.cites, ok: !reasons.length, reasons, confident: result.confident && !reasons.length };
}

export async function verifyAnswer(answer: string, abstainText: string, checker: SupportChecker): Promise<Verdict> {
  const cited: number[] = [];
  if (isHostile(answer) || PROMPT_ECHO.test(answer)) {
    const problems = ['the answer repeats instructions instead of answering'];
    return { ok: false, problems, cited, abstained: false, hostile: true, sentences: [] };
  }
  if (normalize(answer).startsWith(normalize(abstainText).slice(0, 30))) {
    return { ok: true, problems: [], cited, abstained: true, hostile: false, sentences: [] };
  }
  const split = splitSentences(answer);
  const sentences = split.map((s) => checkSentence(s, checker));
  await rescueBySimilarity(split, sentences, checker);
  await secondOpinion(sentences, checker);
  for (const s of sentences) for (const n of s.cites) if (checker.sources[n - 1] && !cited.includes(n)) cited.push(n);
  const problems = sentences.flatMap((s) => s.reasons.map((r) => r.detail));
  if (!cited.length && !problems.length) problems.push('the answer cites no source');
  return { ok: problems.length === 0, problems, cited, abstained: false, hostile: false, sentences };
}

/** A sentence short only of shared words (no fact missing, no wrong polarity) passes when an embedding model finds it close. */
async function rescueBySimilarity(split: SplitSentence[], reports: SentenceReport[], checker: SupportChecker): Promise<void> {
  if (!checker.similarity) return;
  for (let i = 0; i < reports.length; i += 1) {
    const r = reports[i];
    if (r.ok || !r.reasons.every((x) => x.code === 'weak-support')) continue;
    const similar = await checker.similarity(
      split[i].text,
      r.cites.filter((n) => checker.sources[n - 1]),
    );
    if (similar !== undefined && similar >= MIN_SIMILARITY) Object.assign(r, { ok: true, reasons: [], confident: false });
  }
}

/** The judge sees, in one call, the cited sentences the rules passed (all of them, or those not passed confidently). */
async function secondOpinion(reports: SentenceReport[], checker: SupportChecker): Promise<void> {
  // An answer that already failed a rule goes to repair or fallback: no need to ask about the rest.
  if (!checker.judge || reports.some((r) => !r.ok)) return;
  const asked = reports.filter((r) => r.ok && r.cites.length && (checker.judgeAll || !r.confident));
  if (!asked.length) return;
  const items = asked.map((r) => ({
    sentence: r.text,
    clauses: r.cites.map((n) => checker.sources[n - 1]).filter((c): c is SourceClause => Boolean(c)),
  }));
  const verdicts = await checker.judge(items);
  asked.forEach((r, i) => {
    if (verdicts[i] !== false) return;
    r.ok = false;
    r.reasons.push({ code: 'not-entailed', detail: `the cited clause does not entail "${clip(r.text)}" (entailment check)` });
  });
}

/** Renumbers markers in order of first appearance: [3] … [1] → [1] … [2]. */
export function renumber(answer: string, cited: number[]): string {
  const map = new Map(cited.map((n, i) => [n, i + 1]));
  return answer.replace(MARKER, (m, n: string) => (map.has(Number(n)) ? `[${map.get(Number(n))}]` : ''));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

