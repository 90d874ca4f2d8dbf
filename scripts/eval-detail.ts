import { readFileSync } from 'node:fs';
import { openAssistant } from '../retrieval/open-assistant.ts';
import { scoreOne, GoldQuestion } from '../retrieval/eval/gold-metrics.ts';
const qs = GoldQuestion.array().parse(JSON.parse(readFileSync(process.argv[2] ?? '../shared/eval/questions.json', 'utf8')));
const a = await openAssistant({ embeddings: 'off' });
for (const q of qs) {
  const ans = await a.ask(q.question);
  const s = scoreOne(q, ans);
  const ok = q.abstain ? s.abstainedClean : s.goldAt3 && s.mustHits.every(Boolean);
  console.log(
    `${ok ? 'OK ' : 'BAD'} ${q.id} ${q.kind} abst=${ans.abstained} g3=${s.goldAt3} p=${s.precision.toFixed(2)} ` +
      `must=${s.mustHits.map(Number).join('')} :: ${q.question}`,
  );
  if (!ok) for (const c of ans.citations) console.log(`     [${c.n}] ${c.label} ${c.score} | ${c.text.slice(0, 90)}`);
}
