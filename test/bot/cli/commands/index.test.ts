import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec index', () => {
  it('says how many clauses and documents are indexed, and how', async () => {
    const { code, out } = await cli('index');
    expect(code).toBe(0);
    expect(out).toMatch(/^Indexed \d+ clauses from 5 documents \(lexical only\)\.$/);
  });

  it('--rebuild deletes the saved index first', async () => {
    const index = await mkdtemp(join(tmpdir(), 'cli-index-'));
    await writeFile(join(index, 'stale.json'), '{}');
    expect((await cli('--index', index, 'index', '--rebuild')).code).toBe(0);
    expect(existsSync(join(index, 'stale.json'))).toBe(false);
  });
});
