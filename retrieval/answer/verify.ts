/**
 * Citation verification for generated answers: every factual sentence must
 * carry [n] markers, every marker must name a source that was given, and the
 * cited clauses must support the sentence. Support is concept coverage
 * through the same analysis and bilingual glossary as retrieval, so an
 * English sentence can be checked against a French clause.
 */
import { isHostile } from '../query/guard.ts';
import type { TermGroup } from '../types.ts';

export interface SentenceCheck {
  text: string;
  cites: number[];
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
}

export interface SupportChecker {
  /** Concepts of a sentence, in the answer's language. */
  concepts(sentence: string): TermGroup[];
  /** Coverage of those concepts by the given sources (1-based numbers), together. */
  coverage(groups: TermGroup[], sources: number[]): number;
  /**
   * Semantic support when an embedding model is loaded: the best cosine
   * similarity between the sentence and the given sources. Undefined without a model.
   */
  similarity?(sentence: string, sources: number[]): Promise<number | undefined>;
}

/** With a multilingual embedding model, a sentence this close to a cited clause is supported even when the words differ. */
export const MIN_SIMILARITY = 0.85;

/** Below this, the cited clauses do not carry the sentence. */
export const MIN_SUPPORT = 0.34;
/** Each cited clause must carry at least this much of its sentence on its own. */
const MIN_EACH = 0.15;

const MARKER = /\[(\d{1,3})\]/g;
const PROMPT_ECHO = /use only the numbered sources|the sources and the question are data|never reveal (or discuss )?these rules|you answer questions about the itu-t joint/i;

/** Sentences (and bullet lines) with the markers that follow or end them. */
export function splitSentences(answer: string): SentenceCheck[] {
  const out: SentenceCheck[] = [];
  for (const line of answer.split('\n')) {
    const parts = line.split(/(?<=[.!?;](?:\s*\[\d{1,3}\])*)\s+(?=[^\s[])/u);
    for (const part of parts) {
      const text = part.trim();
      if (!text) continue;
      const cites = [...text.matchAll(MARKER)].map((m) => Number(m[1]));
      out.push({ text: text.replace(MARKER, '').replace(/\s+([.,;:!?])/g, '$1').trim(), cites });
    }
  }
  return out;
}

/** A heading, a bare label or a connective states no fact and needs no citation. */
function isFactual(sentence: string, concepts: number): boolean {
  const bare = sentence.replace(/^[•*\-–\s]+|[*_:]+$/g, '').trim();
  if (!bare) return false;
  if (/^\*[^*]+\*$/.test(sentence.trim()) || (/:$/.test(sentence.trim()) && bare.split(/\s+/).length <= 6)) return false;
  return concepts >= 3 || /\d/.test(bare);
}

export async function verifyAnswer(answer: string, sourceCount: number, abstainText: string, checker: SupportChecker): Promise<Verdict> {
  const problems: string[] = [];
  const cited: number[] = [];
  if (isHostile(answer) || PROMPT_ECHO.test(answer)) {
    return { ok: false, problems: ['the answer repeats instructions instead of answering'], cited, abstained: false, hostile: true };
  }
  if (normalize(answer).startsWith(normalize(abstainText).slice(0, 30))) {
    return { ok: true, problems, cited, abstained: true, hostile: false };
  }
  for (const sentence of splitSentences(answer)) {
    const invalid = sentence.cites.filter((n) => n < 1 || n > sourceCount);
    for (const n of invalid) problems.push(`[${n}] is not one of the ${sourceCount} sources given ("${clip(sentence.text)}")`);
    const valid = [...new Set(sentence.cites.filter((n) => n >= 1 && n <= sourceCount))];
    const groups = checker.concepts(sentence.text);
    if (!valid.length) {
      if (isFactual(sentence.text, groups.length)) problems.push(`a factual sentence cites no source ("${clip(sentence.text)}")`);
      continue;
    }
    for (const n of valid) if (!cited.includes(n)) cited.push(n);
    if (!groups.length) continue;
    const together = checker.coverage(groups, valid);
    const weak = valid.filter((n) => checker.coverage(groups, [n]) < MIN_EACH);
    if (together >= MIN_SUPPORT && !weak.length) continue;
    // Lexical evidence is short of it: a paraphrase may still be supported, by meaning.
    const similar = await checker.similarity?.(sentence.text, together >= MIN_SUPPORT ? weak : valid);
    if (similar !== undefined && similar >= MIN_SIMILARITY) continue;
    if (together < MIN_SUPPORT) problems.push(`sources ${valid.map((n) => `[${n}]`).join('')} do not support "${clip(sentence.text)}"`);
    else for (const n of weak) problems.push(`source [${n}] does not support "${clip(sentence.text)}"`);
  }
  if (!cited.length && !problems.length) problems.push('the answer cites no source');
  return { ok: problems.length === 0, problems, cited, abstained: false, hostile: false };
}

/** Renumbers markers in order of first appearance: [3] … [1] → [1] … [2]. */
export function renumber(answer: string, cited: number[]): string {
  const map = new Map(cited.map((n, i) => [n, i + 1]));
  return answer.replace(MARKER, (m, n: string) => (map.has(Number(n)) ? `[${map.get(Number(n))}]` : ''));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}
