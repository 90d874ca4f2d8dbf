/**
 * Runs one benchmark step in its own Node process (through the tsx loader,
 * as `npm run bench` does), so each corpus size has its own peak RSS and a
 * size's garbage cannot slow the next one.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../../retrieval/config.ts';

/** Resolves with the wall time; rejects with the exit code or signal when the child fails. */
export function runChild(script: string, args: string[], maxOldSpaceMb = 3072): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${maxOldSpaceMb}`, '--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IOTSEC_'))),
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
