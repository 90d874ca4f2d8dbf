import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let indexDir: string;
beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'iotsec-verify-cli-'));
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));

/** `iotsec verify` as a process: stdin in, verdicts out, exit code. */
function verify(stdin: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bot/cli/main.ts', '--index', indexDir, '--embeddings', 'off', 'verify', ...args],
      {
        env: { ...process.env, LOG_LEVEL: 'silent' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const CONVENORS = 'tsb-circ-67:annex-a:working-methods:item-6';
const MEETING = 'tsb-circ-67:p6';

describe('iotsec verify', () => {
  it('passes a faithful draft given as JSON lines, with exit code 0', async () => {
    const line = JSON.stringify({
      text:
        'Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy [1]. ' +
        'La première réunion a lieu à Genève le 17 septembre 2025 [2].',
      sources: [CONVENORS, MEETING],
    });
    const { code, stdout } = await verify(`${line}\n`, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout.trim());
    expect(report.ok).toBe(true);
    expect(report.sentences.map((s: { sources: string[] }) => s.sources)).toEqual([[CONVENORS], [MEETING]]);
  });

  it('reports each failing sentence with its reason, one report per input line, and exits 1', async () => {
    const lines = [
      {
        text: 'The first meeting is held on 18 September 2025 [1]. Ramy Ahmed Fathy chairs WP 2/17 [2].',
        sources: [MEETING, 'tsb-circ-67:p3'],
      },
      { text: 'No ITU account is needed to use the collaboration space [1]. The group meets weekly.', sources: ['tsb-circ-67:p4'] },
      { text: 'Bret Jordan chairs WP 2/17 [1].', sources: ['no-such:clause'] },
    ];
    const { code, stdout, stderr } = await verify(lines.map((l) => JSON.stringify(l)).join('\n'), '--json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/not supported by the clauses they cite/);
    const reports = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const codes = reports.map((r: { sentences: Array<{ reasons: Array<{ code: string }> }> }) =>
      r.sentences.map((s) => s.reasons[0]?.code),
    );
    expect(codes).toEqual([['missing-value', 'wrong-entity'], ['wrong-polarity', 'no-marker'], ['unknown-source']]);
  });

  it('reads plain text citing clauses inline by id or label', async () => {
    const text =
      'ITU-T Y.4702 sets the common requirements for IoT device management [Res. 98 › recalling › f)]. ' +
      'Study Group 20 is to develop ITU-T Recommendations [wtsa-res-98:resolves:1].';
    const { code, stdout } = await verify(text);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✓ ITU-T Y\.4702 .*\[wtsa-res-98:recalling:f\]/m);
    expect(stdout).toMatch(
      /^✗ Study Group 20 .*\[wtsa-res-98:resolves-to-instruct-sg20:1\]\n\s+missing-value: "study group 20" is not in the cited clause/m,
    );
  });

  it('rejects malformed input with one clear line', async () => {
    const { code, stderr } = await verify('not json\n', '--json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/Line 1 of stdin is not JSON/);
  });
});
