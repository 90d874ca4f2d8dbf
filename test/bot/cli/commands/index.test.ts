import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec index', () => {
  it('says how many clauses and documents are indexed, and how', async () => {
    const { code, out } = await cli('index');
    expect(code).toBe(0);
    expect(out).toMatch(/^Indexed \d+ clauses from 5 documents \(lexical only\)\.$/);
  });

  it('--rebuild opens the index to be parsed again in place (the folder is never removed under running readers)', async () => {
    const run = await cli('index', '--rebuild');
    expect(run.code).toBe(0);
    expect(run.opened).toEqual([{ rebuild: true }]);
    expect(run.out).toMatch(/^Indexed \d+ clauses from 5 documents/);
  });
});
