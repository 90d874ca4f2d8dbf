// Best evidence coverage per question (after the answer-form filters): where the abstention threshold sits.
import { readFileSync } from 'node:fs';
import { openStages } from '../retrieval/open-assistant.ts';
import { answersForm } from '../retrieval/answer/extractive.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
const a = await openStages({ embeddings: 'off' });
const gold = JSON.parse(readFileSync('../shared/eval/questions.json', 'utf8')) as Array<{ question: string; abstain: boolean }>;
const extra = process.argv.slice(2).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as string[]).map((q) => ({ question: q, abstain: undefined }));
for (const { question, abstain } of [...gold, ...extra]) {
  const { hits } = await a.retriever.retrieve(question, detectLanguage(question), 12);
  const best = Math.max(0, ...hits.filter((h) => answersForm(question, h)).map((h) => h.coverage));
  console.log(`${best.toFixed(3)} ${abstain === undefined ? '?' : abstain ? 'U' : 'A'} ${question}`);
}
