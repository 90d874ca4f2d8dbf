/**
 * Shared by the fault-injection suites: temp folders, a copy of the seed
 * corpus, the CLI run as a user runs it (a child process through tsx), and
 * the assistant opened in-process.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';

const dirs: string[] = [];

/** Registers cleanup in the calling suite. */
export function useTempDirs(): void {
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
}

export async function temp(prefix = 'iotsec-fault-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  // Readable by the unprivileged user the read-only case runs as.
  await chmod(dir, 0o755);
  return dir;
}

export async function seedCorpus(): Promise<string> {
  const dir = await temp('iotsec-corpus-');
  await cp('corpus', dir, { recursive: true });
  return dir;
}

export async function open(
  corpusDir: string,
  indexDir: string,
  extra: { rebuild?: boolean; embeddings?: 'off' | 'hash' } = {},
): Promise<Assistant> {
  return openAssistant({ corpusDir, indexDir, embeddings: extra.embeddings ?? 'off', rebuild: extra.rebuild });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  /** Run as this user id (and group) through setpriv: tests run as root here. */
  uid?: number;
  timeoutMs?: number;
}

/** Runs the CLI as a user does (node + tsx), returning exit code, both streams and wall time. */
export function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const node = [process.execPath, '--import', 'tsx', 'bot/cli/main.ts', ...args];
  const asUser = (uid: number) => ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', ...node];
  const [command, ...rest] = options.uid === undefined ? node : asUser(options.uid);
  const env = { ...process.env, LOG_LEVEL: 'silent', HOME: tmpdir() };
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(command, rest, { env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Whether a command exists and runs (setpriv, mkfifo). */
export function canRun(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

export const CONVENORS_QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
