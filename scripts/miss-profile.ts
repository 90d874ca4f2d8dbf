// Counts only: where the gold clauses of a gold file's answerable questions end up, without printing any question.
// Safe to run on held-out halves. `npx tsx scripts/miss-profile.ts FILE…`
import { readFileSync } from 'node:fs';
import { answersForm } from '../retrieval/answer/evidence.ts';
import { openStages } from '../retrieval/open-assistant.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
import { questionForm } from '../retrieval/query/question-form.ts';
import { fold } from '../retrieval/text.ts';

const stages = await openStages({ embeddings: 'off' });
const pipeline = new (await import('../retrieval/answer-pipeline.ts')).AnswerPipeline(stages);
const norm = (s: string) => fold(s).replace(/\s+/g, ' ');
const counts: Record<string, number> = {};
const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
for (const file of process.argv.slice(2)) {
  const items = JSON.parse(readFileSync(file, 'utf8')) as Array<{ question: string; gold: string[]; abstain: boolean }>;
  for (const item of items) {
    const answer = await pipeline.ask(item.question);
    const abstained = answer.citations.length === 0;
    if (item.abstain) {
      add(abstained ? 'silent: abstained' : 'silent: answered');
      continue;
    }
    const isGold = (text: string) => item.gold.some((g) => norm(text).includes(norm(g)));
    if (answer.citations.slice(0, 3).some((c) => isGold(c.text))) {
      add('answerable: gold in first 3');
      continue;
    }
    const lang = detectLanguage(item.question);
    const { hits, groups } = await stages.retriever.retrieve(item.question, lang, 60);
    const rank = hits.findIndex((h) => isGold(h.clause.text));
    const where = rank < 0 ? 'not in top 60' : rank < 3 ? 'retrieved 1-3' : rank < 10 ? 'retrieved 4-10' : 'retrieved 11-60';
    const form = questionForm(item.question, lang, groups);
    const passes = rank >= 0 && answersForm({ form, groups, store: stages.store }, hits[rank]);
    const formNote = rank < 0 ? '' : passes ? ', form ok' : ', form fails';
    add(`answerable miss, ${abstained ? 'abstained' : 'cited others'}: gold ${where}${formNote}`);
  }
}
for (const [key, n] of Object.entries(counts).sort()) console.log(`${String(n).padStart(4)}  ${key}`);
