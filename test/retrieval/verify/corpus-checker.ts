/** The rule checker over the seed corpus, as the product builds it, and its clauses by id. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStages, type PipelineStages } from '../../../retrieval/open-assistant.ts';
import { sourceClause } from '../../../retrieval/verify/evidence.ts';
import { RuleChecker, type SourceClause } from '../../../retrieval/verify/rules.ts';
import { splitSentences } from '../../../retrieval/verify/split.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { afterAll, beforeAll } from 'vitest';

export interface CorpusChecker {
  rules: RuleChecker;
  stages: PipelineStages;
  clause(id: string): SourceClause;
  close(): Promise<void>;
}

/** `corpusDir`: the seed corpus, or another (eval/unseen/… holds documents the product was not written for). */
export async function corpusChecker(corpusDir = 'corpus'): Promise<CorpusChecker> {
  const dir = await mkdtemp(join(tmpdir(), 'iotsec-verify-'));
  const stages = await openStages({ corpusDir, indexDir: dir, embeddings: 'off' });
  const rules = new RuleChecker(
    stages.support,
    stages.store.docs,
    stages.store.clauses.map((c) => c.text),
  );
  return {
    rules,
    stages,
    clause(id) {
      const c = stages.store.clauses[stages.store.indexOf(id)];
      if (!c) throw new Error(`no clause ${id}`);
      return sourceClause(c, stages.store.docs);
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * For a test file: the checker opened before its tests and closed after them, and the reasons ("code: detail") a
 * one-sentence text fails for against one seed clause, or several ("id-1 id-2").
 */
export function ruleReasons(corpusDir?: string): (text: string, id: string, lang: Lang) => string[] {
  let c: CorpusChecker;
  beforeAll(async () => {
    c = await corpusChecker(corpusDir);
  });
  afterAll(() => c.close());
  return (text, id, lang) => {
    const [sentence] = splitSentences(text);
    const clauses = id.split(' ').map((one) => c.clause(one));
    return c.rules.check(sentence, clauses, lang).reasons.map((r) => `${r.code}: ${r.detail}`);
  };
}
