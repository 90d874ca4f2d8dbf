// For each answerable question of a gold file that misses its gold clause: where that clause ranks, its coverage,
// which concepts it lacks, and whether it passes the question's form checks. `npx tsx scripts/why-missed.ts FILE`
import { readFileSync } from 'node:fs';
import { answersForm } from '../retrieval/answer/evidence.ts';
import { openStages } from '../retrieval/open-assistant.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
import { questionForm } from '../retrieval/query/question-form.ts';
import { fold } from '../retrieval/text.ts';

const stages = await openStages({ embeddings: 'off' });
const pipeline = new (await import('../retrieval/answer-pipeline.ts')).AnswerPipeline(stages);
const file = process.argv[2] ?? 'eval/chat/tune.json';
const items = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; question: string; gold: string[]; abstain: boolean }>;
const norm = (s: string) => fold(s).replace(/\s+/g, ' ');
for (const item of items.filter((q) => !q.abstain)) {
  const answer = await pipeline.ask(item.question);
  const isGold = (text: string) => item.gold.some((g) => norm(text).includes(norm(g)));
  if (answer.citations.slice(0, 3).some((c) => isGold(c.text))) continue;
  const lang = detectLanguage(item.question);
  const { hits, groups } = await stages.retriever.retrieve(item.question, lang, 60);
  const form = questionForm(item.question, lang, groups);
  const rank = hits.findIndex((h) => isGold(h.clause.text));
  const cited = answer.citations.map((c) => c.label).join(' | ') || '(abstained)';
  console.log(`\n${item.id} ${item.question}\n  form: type=${form.type ?? '-'} focus=${form.focus} cue=${form.cue} cited=${cited}`);
  const weight = (g: (typeof groups)[number]) => (g.importance ?? 1) * (g.specificity ?? 1);
  console.log(`  concepts: ${groups.map((g, i) => `${i}:${g.original.join(' ')}(${weight(g).toFixed(2)})`).join(' ')}`);
  if (rank < 0) {
    console.log('  gold clause not in the top 60');
    continue;
  }
  const h = hits[rank];
  const lacks = groups.map((g, i) => ((h.credits?.[i] ?? 0) > 0 ? '' : g.original.join(' '))).filter(Boolean);
  const passes = answersForm({ form, groups, store: stages.store }, h);
  console.log(`  gold at #${rank + 1} ${h.clause.label}: cov=${h.coverage.toFixed(2)} form=${passes} lacks=[${lacks.join(', ')}]`);
}
