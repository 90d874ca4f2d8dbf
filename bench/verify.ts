/**
 * Verifier latency (`npx tsx bench/verify.ts`): a five-sentence answer
 * checked against five clauses of the seed corpus by the rules alone (no
 * model, no embeddings), as the model path checks every answer. "warm":
 * a new answer over clauses another answer cited before (the long-running
 * bot keeps what it read of them); "again": the same answer once more on one
 * checker, which has read its sentences before (a flattering case, shown
 * apart); "cold": a new checker, every clause read afresh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGES } from '../retrieval/answer/messages.ts';
import { verifyAnswer } from '../retrieval/answer/verify.ts';
import { openStages } from '../retrieval/open-assistant.ts';
import { sourceClause } from '../retrieval/verify/evidence.ts';
import { RuleChecker } from '../retrieval/verify/rules.ts';

const CLAUSES = [
  'tsb-circ-67:annex-a:working-methods:item-6',
  'tsb-circ-67:p6',
  'tsb-circ-67:p8',
  'c25-18:s2.1',
  'wtsa-res-98:recognizing:d',
];
const ANSWER = [
  'The co-convenors are Bret Jordan, chair of WP 2/17, and Ramy Ahmed Fathy, chair of WP 3/20 [1].',
  'The first meeting is held at ITU headquarters in Geneva on 17 September 2025 from 13:00 to 14:00 [2].',
  'Contributions are due by 10 Sept. 2025 at tsbjcgiotsec@itu.int [3].',
  'SG17 met twice, establishing 50 new work items and approving 36 new or revised Recommendations [4].',
  'Study Group 20 is responsible for studies on the Internet of Things and its applications [5].',
].join(' ');
/** Another answer citing the same clauses, checked untimed before "warm" runs: it reads the clauses, not ANSWER's sentences. */
const EARLIER = [
  'The JCG-IoTSec co-convenors were appointed by Study Group 17 and Study Group 20 respectively [1].',
  'The meeting takes place during the ITU-T Study Group 20 meeting, held from 15 to 25 September 2025 [2].',
  'Remote participation will be possible via MyMeetings [3].',
  'SG17 held two meetings, in September 2024 and April 2025 [4].',
  'Study Group 20 continues its work on the Internet of Things in the maritime sector [5].',
].join(' ');
const RUNS = 300;
/** Runs before measuring, so the JIT has compiled the hot paths (as in a bot that has answered a few questions). */
const WARM_UP = 100;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const dir = mkdtempSync(join(tmpdir(), 'iotsec-bench-verify-'));
try {
  const stages = await openStages({ indexDir: dir, embeddings: 'off' });
  // One corpus, as in the bot: what the rules read of all its clauses (names, definitions) is kept with this array.
  const texts = stages.store.clauses.map((c) => c.text);
  const checker = () => {
    const rules = new RuleChecker(stages.support, stages.store.docs, texts);
    void rules.knownPeople; // the bot's one checker reads the corpus's people once: untimed here
    return rules;
  };
  const sources = CLAUSES.map((id) => sourceClause(stages.store.clauses[stages.store.indexOf(id)], stages.store.docs));
  const check = async (answer: string, rules: RuleChecker) => {
    const verdict = await verifyAnswer(answer, MESSAGES.en.abstain, { rules, lang: 'en', sources });
    if (!verdict.ok) throw new Error(`the benchmark answer should pass: ${verdict.problems.join('; ')}`);
  };
  const again = checker();
  const results: Record<string, number[]> = { warm: [], again: [], cold: [] };
  for (const mode of ['warm', 'again', 'cold'] as const) {
    for (let i = -WARM_UP; i < RUNS; i += 1) {
      const rules = mode === 'again' ? again : checker();
      if (mode === 'warm') await check(EARLIER, rules);
      const start = performance.now();
      await check(ANSWER, rules);
      if (i >= 0) results[mode].push(performance.now() - start);
    }
  }
  console.log(`verify a 5-sentence answer against 5 clauses, rules only, ${RUNS} runs`);
  for (const [mode, times] of Object.entries(results)) {
    console.log(
      `${mode.padEnd(5)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms` +
        `  max ${Math.max(...times).toFixed(2)} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
