import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import type { CliContext, Globals } from '../../../../bot/cli/cli-context.ts';
import { main } from '../../../../bot/cli/main.ts';
import type { Assistant } from '../../../../retrieval/assistant.ts';
import { openAssistant } from '../../../../retrieval/open-assistant.ts';

/** What one in-process CLI run printed, and its exit code. */
export interface CliRun {
  code: number;
  /** stdout, as the commands printed it. */
  out: string;
  /** `note:` lines and the final `error:` line, as they would reach stderr. */
  err: string;
  /** The global options (and `rebuild`) the command opened the assistant with. */
  opened: Array<Globals & { rebuild?: boolean }>;
}

/**
 * The CLI in process over the real assistant (opened once per test file on
 * the repo's corpus): fast, and the commands run exactly as under
 * bot/cli/main.ts. cli/main.test.ts runs the real process.
 */
export function useCli(): (...argv: string[]) => Promise<CliRun> {
  let dir = '';
  let assistant: Assistant;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-commands-'));
    assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index'), embeddings: 'off' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const opened: CliRun['opened'] = [];
    const ctx: CliContext = {
      open: async (globals, options) => (opened.push({ ...globals, ...(options?.rebuild ? { rebuild: true } : {}) }), assistant),
      print: (text) => void out.push(text),
      note: (text) => void err.push(`note: ${text}`),
    };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk).trimEnd()), true));
    try {
      const code = await main(argv, ctx);
      return { code, out: out.join('\n'), err: err.join('\n'), opened };
    } finally {
      stderr.mockRestore();
    }
  };
}
