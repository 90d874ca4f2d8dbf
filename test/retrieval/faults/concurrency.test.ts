import { chmod, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canRun, cli, type CliResult, CONVENORS_QUESTION, seedCorpus, temp, useTempDirs } from './helpers.ts';

useTempDirs();

// 3 in `npm test`; `FAULT_ROUNDS=10 npx vitest run test/retrieval/faults/concurrency.test.ts` for the full run.
const ROUNDS = Number(process.env.FAULT_ROUNDS ?? 3);
const BUILDERS = 5;

/** An answer to the co-convenors question is right when it exits 0 and cites Bret Jordan. */
function rightAnswer(result: CliResult): boolean {
  if (result.code !== 0) return false;
  try {
    const answer = JSON.parse(result.stdout) as { citations: Array<{ text: string }> };
    return answer.citations.some((c) => c.text.includes('Bret Jordan'));
  } catch {
    return false;
  }
}

describe('the index under concurrent processes', () => {
  const title = `survives ${BUILDERS} parallel 'index --rebuild' × ${ROUNDS} rounds with asks running: no crash, no failed or wrong answer`;
  it(
    title,
    async () => {
      const corpus = await seedCorpus();
      const indexDir = await temp();
      const base = ['--corpus', corpus, '--index', indexDir, '--embeddings', 'hash'];
      expect((await cli([...base, 'index'])).code).toBe(0);
      const failures: string[] = [];
      let asks = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        let building = true;
        const askLoop = (async () => {
          while (building) {
            const result = await cli([...base, 'ask', '--json', CONVENORS_QUESTION]);
            asks += 1;
            if (!rightAnswer(result)) failures.push(`ask: exit ${result.code}: ${result.stderr.trim().split('\n').at(-1)}`);
          }
        })();
        const builds = await Promise.all(Array.from({ length: BUILDERS }, () => cli([...base, 'index', '--rebuild'])));
        building = false;
        await askLoop;
        for (const b of builds) {
          if (b.code !== 0 || !/^Indexed \d+ clauses/.test(b.stdout)) failures.push(`rebuild: exit ${b.code}: ${b.stderr.trim()}`);
        }
      }
      console.error(`[parallel rebuilds] ${ROUNDS * BUILDERS} rebuilds, ${asks} asks alongside, ${failures.length} failures`);
      expect(failures).toEqual([]);
      expect(asks).toBeGreaterThanOrEqual(ROUNDS);
      // Unique temp names, swapped generations: nothing left half-written.
      const left = await readdir(indexDir);
      expect(left.filter((n) => /tmp|\.lock$/.test(n))).toEqual([]);
      expect(left.filter((n) => /^vectors-.*\.f32$/.test(n)).length).toBeLessThanOrEqual(2);
    },
    60_000 * ROUNDS,
  );

  it('answers from a read-only index folder with one warning, as an unprivileged user', async (ctx) => {
    if (process.getuid?.() !== 0 || !(await canRun('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']))) {
      console.error('[skip] the read-only case needs root and setpriv to run the CLI as the unprivileged user nobody');
      return ctx.skip();
    }
    const corpus = await seedCorpus();
    await chmod(corpus, 0o755);
    const indexDir = await temp();
    await chmod(indexDir, 0o555);
    const args = ['--corpus', corpus, '--index', indexDir, '--embeddings', 'off', 'ask', '--json', CONVENORS_QUESTION];
    const result = await cli(args, { uid: 65534 });
    expect(rightAnswer(result)).toBe(true);
    const warnings = result.stderr.trim().split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^note: Could not save the index at .* \(EACCES\): answered from memory/);
    expect(await readdir(indexDir)).toEqual([]);
  }, 60_000);

  it('a second build waits for the first and finds the index current', async () => {
    const corpus = await seedCorpus();
    const indexDir = await temp();
    const base = ['--corpus', corpus, '--index', indexDir, '--embeddings', 'off'];
    await writeFile(join(corpus, 'documents', 'extra.txt'), 'Scope\n– the group studies the security of IoT gateways;\n');
    const [a, b] = await Promise.all([cli([...base, 'index']), cli([...base, 'index'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toBe(b.stdout);
  }, 60_000);
});
