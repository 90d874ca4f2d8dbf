// Prints the answer head and first citation for each question of a JSON list: a quick look at behaviour.
import { readFileSync } from 'node:fs';
import { openAssistant } from '../retrieval/open-assistant.ts';
const a = await openAssistant({ embeddings: 'off' });
for (const q of JSON.parse(readFileSync(process.argv[2], 'utf8')) as string[]) {
  const r = await a.ask(q);
  console.log(`\n## ${q}\n  ${r.abstained ? 'ABSTAIN' : r.citations.map((c) => c.label).join(' | ')}`);
  if (!r.abstained) console.log(`  ${r.answer.split('\n')[1]?.slice(0, 200)}`);
  else console.log(`  related: ${r.related.map((c) => c.label).join(' | ')}`);
}
