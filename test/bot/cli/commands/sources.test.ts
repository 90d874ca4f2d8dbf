import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec sources', () => {
  it('lists each document with its clause count, as text or JSON', async () => {
    const json = JSON.parse((await cli('sources', '--json')).out) as { id: string; clauses: number }[];
    expect(json).toHaveLength(5);
    const text = (await cli('sources')).out;
    for (const s of json) expect(text).toMatch(new RegExp(`^${s.id}\\s+${s.clauses} clauses`, 'm'));
  });
});
