import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec summary', () => {
  it('prints a cited brief of a document, and the whole answer with --json', async () => {
    const text = await cli('summary', 'Res.', '98');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/\nSources:\n\[1\] /);
    const json = JSON.parse((await cli('summary', '--json', 'Res. 98')).out);
    expect(json.citations.length).toBeGreaterThan(0);
    expect(json.abstained).toBe(false);
  });
});
