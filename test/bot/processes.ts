/**
 * Real processes for the tests that run the product as people do (`npm run
 * slack`, `npm run discord`, the CLI), from any working directory: output is
 * collected, waits are bounded, and any process still running when its test
 * file ends is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** tsx's loader by absolute path, so a process started in another folder still runs TypeScript. */
const TSX_LOADER = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

export interface Running {
  child: ChildProcess;
  /**
   * Sends a signal as a terminal's Ctrl-C does: to the whole process group
   * (npm, its shell, tsx and the bot), so the bot itself gets it. npm dies of
   * the signal without waiting for its script, so what the bot did is read in
   * its log, not in npm's exit code.
   */
  signal(signal: NodeJS.Signals): void;
  /** Resolves once every process of the group is gone and its output read (bounded). */
  gone(timeoutMs?: number): Promise<void>;
  exit: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr contains `text`; fails with the output so far after `timeoutMs`. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
}

function groupKill(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/** The environment without the machine's own Slack, Discord and IOTSEC_* settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const mine = (k: string) => k.startsWith('SLACK_') || k.startsWith('DISCORD_') || k.startsWith('IOTSEC_') || k === 'PORT';
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !mine(k)));
  return { ...env, LOG_LEVEL: 'info', IOTSEC_EMBEDDINGS: 'off', ...extra };
}

/** Starts `command args` in `cwd`. */
export function start(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Running {
  // Its own process group, so a signal reaches npm's script as it would from a terminal.
  const child = spawn(command, args, { cwd: options.cwd ?? REPO, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Only if the test failed midway: whatever is left of the process group goes when the test ends.
  onTestFinished(() => void (child.pid && groupKill(child.pid, 'SIGKILL')));
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // 'close' comes once every process holding the output pipes (npm's script too) has ended and all output is read.
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    child,
    signal: (signal) => void groupKill(child.pid!, signal),
    async gone(timeoutMs = 15_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`process group ${child.pid} still running after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([closed, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    exit,
    stdout: () => out,
    stderr: () => err,
    async waitForLog(text, timeoutMs = 40_000) {
      for (let waited = 0; !err.includes(text); waited += 50) {
        if (waited > timeoutMs || child.exitCode !== null)
          throw new Error(`no "${text}" in the output (exit ${child.exitCode}):\n${err.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** A TypeScript entry point of the repo (e.g. bot/cli/main.ts) run by node in `cwd`. */
export function startTs(script: string, options: { cwd?: string; env: NodeJS.ProcessEnv; args?: string[] }): Running {
  return start(process.execPath, ['--import', TSX_LOADER, `${REPO}${script}`, ...(options.args ?? [])], options);
}

/** `npm run -s <script>`: npm runs it from the repo root, whatever the caller's folder. */
export function startNpm(script: string, env: NodeJS.ProcessEnv): Running {
  return start('npm', ['run', '-s', script], { env });
}

/** A port free on 127.0.0.1 right now, for a process that must be told its port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
