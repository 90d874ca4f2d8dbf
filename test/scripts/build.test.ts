import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the compiled CLI (dist/, what `npx iotsec` and `npm run ask` run)', () => {
  it('answers under plain node, with no TypeScript loader, from another working directory', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'iotsec-dist-'));
    dirs.push(cwd);
    const bin = join(process.cwd(), 'bin', 'iotsec.mjs');
    const env = { ...process.env, IOTSEC_INDEX: join(cwd, 'index'), IOTSEC_EMBEDDINGS: 'off', NODE_OPTIONS: '' };
    const { stdout } = await run(process.execPath, [bin, 'ask', '--json', 'Who are the co-convenors of JCG-IoTSec?'], { cwd, env });
    const answer = JSON.parse(stdout) as { abstained: boolean; citations: Array<{ text: string }> };
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0].text).toContain('Bret Jordan');
  });
});
