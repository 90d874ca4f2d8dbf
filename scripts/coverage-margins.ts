// Best evidence coverage per question (after the form checks): where the abstention threshold sits.
import { readFileSync } from 'node:fs';
import { answersForm } from '../retrieval/answer/evidence.ts';
import { openStages } from '../retrieval/open-assistant.ts';
import { questionForm } from '../retrieval/query/question-form.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
const a = await openStages({ embeddings: 'off' });
const gold = JSON.parse(readFileSync(process.argv[2] ?? '../shared/eval/questions.json', 'utf8')) as Array<{
  question: string;
  abstain: boolean;
}>;
for (const { question, abstain } of gold) {
  const lang = detectLanguage(question);
  const { hits, groups } = await a.retriever.retrieve(question, lang, 12);
  const form = questionForm(question, lang, groups);
  const best = Math.max(0, ...hits.filter((h) => answersForm({ form, groups, store: a.store }, h)).map((h) => h.coverage));
  console.log(`${best.toFixed(3)} ${abstain ? 'U' : 'A'} ${form.type ?? '-'} ${question}`);
}
