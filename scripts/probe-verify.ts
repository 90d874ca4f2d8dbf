/**
 * `npx tsx scripts/probe-verify.ts LIST.json`: the citation rules on probe sentences of your own, each
 * `[supported, lang, clause-id, "sentence [1]."]`: prints each verdict with the rules that failed, and the misses.
 */
import { readFileSync } from 'node:fs';
import { openStages } from '../retrieval/open-assistant.ts';
import { sourceClause } from '../retrieval/verify/evidence.ts';
import { RuleChecker } from '../retrieval/verify/rules.ts';
import { splitSentences } from '../retrieval/verify/split.ts';
const s = await openStages({ embeddings: 'off' });
const rules = new RuleChecker(s.support, s.store.docs, s.store.clauses.map((c) => c.text));
const items = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Array<[boolean, string, string, string]>;
let bad = 0;
for (const [supported, lang, id, text] of items) {
  const [sentence] = splitSentences(text);
  const c = s.store.clauses[s.store.indexOf(id)];
  const r = rules.check(sentence, [sourceClause(c, s.store.docs)], lang as 'fr');
  const ok = (r.reasons.length === 0) === supported;
  if (!ok) bad += 1;
  const why = r.reasons.map((x) => (process.env.DETAIL ? `${x.code}: ${x.detail}` : x.code)).join(' | ');
  console.log(`${ok ? 'ok ' : 'BAD'} ${supported ? 'S' : 'U'} ${text.slice(0, 110)} :: ${why}`);
}
console.log('wrong', bad, 'of', items.length);
