/**
 * Real-style benchmark questions. The model of "real" is the questions
 * people asked in the tuning sets (eval/chat/tune.json and
 * ../shared/eval/questions.json; eval/chat/held-out.json stays unread): chat
 * phrasing, filler, shorthand, several concepts, English against a mostly
 * French corpus. A real-style question keeps a real question's shape and
 * words and swaps some of its content words for a run of words from a
 * random clause, so it asks about what the (synthetic) corpus holds while
 * expanding through the glossary and the lexicon as real questions do.
 * REPLACE_SHARE is calibrated so that, on the seed corpus, the postings an
 * exhaustive search walks and the expansion sizes match the real questions'
 * (`npx tsx bench/query-model.ts` prints both distributions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { isStopWord } from '../../retrieval/query/analyze.ts';
import { fold } from '../../retrieval/text.ts';
import type { Clause, Lang } from '../../retrieval/types.ts';
import type { BenchQuery } from './queries.ts';
import { Random } from './random.ts';

/** Share of a real question's content words replaced by words of a random clause. */
export const REPLACE_SHARE = 0.3;

export interface RealQuestion extends BenchQuery {
  id: string;
  /** Gold snippets: a clause containing one answers the question. */
  gold: string[];
  abstain: boolean;
}

/** The questions the query model imitates (never the held-out set). */
export const REAL_QUESTION_FILES = [
  join(REPO_ROOT, 'eval', 'chat', 'tune.json'),
  join(REPO_ROOT, '..', 'shared', 'eval', 'questions.json'),
];

export function loadRealQuestions(files = REAL_QUESTION_FILES): RealQuestion[] {
  const out: RealQuestion[] = [];
  for (const file of files) {
    let rows: Array<{ id: string; lang?: Lang; question: string; gold?: string[]; abstain?: boolean }>;
    try {
      rows = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // ../shared may be absent on another machine: the tuning set alone still models real questions.
    }
    for (const r of rows) out.push({ id: r.id, text: r.question, lang: r.lang ?? 'en', gold: r.gold ?? [], abstain: r.abstain ?? false });
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function isContent(word: string): boolean {
  return word.length >= 4 && !isStopWord(fold(word).toLowerCase());
}

/** `count` real-style questions over a corpus, deterministic for a seed. */
export function makeRealStyleQueries(clauses: readonly Clause[], real: RealQuestion[], count: number, seed = 7): BenchQuery[] {
  const random = new Random(seed);
  const templates = real.filter((q) => (q.text.match(WORD) ?? []).some(isContent));
  const out: BenchQuery[] = [];
  while (out.length < count && templates.length) {
    const template = random.pick(templates);
    const topic = (random.pick(clauses).text.match(WORD) ?? []).filter(isContent);
    if (topic.length < 2) continue;
    let from = random.int(topic.length);
    const text = template.text.replace(WORD, (word) => {
      if (!isContent(word) || !random.chance(REPLACE_SHARE)) return word;
      const next = topic[from % topic.length];
      from += 1;
      return next;
    });
    out.push({ text, lang: template.lang });
  }
  return out;
}
