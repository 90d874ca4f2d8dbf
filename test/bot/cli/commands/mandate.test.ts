import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec mandate', () => {
  it('gives the cited onboarding in English by default and in French with --lang fr', async () => {
    const en = JSON.parse((await cli('mandate', '--json')).out);
    const fr = JSON.parse((await cli('mandate', '--lang', 'fr', '--json')).out);
    expect([en.lang, fr.lang]).toEqual(['en', 'fr']);
    expect(en.citations.length).toBeGreaterThan(0);
  });
});
