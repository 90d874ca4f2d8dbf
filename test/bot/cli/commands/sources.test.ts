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

  it('describes the general lexicon: sizes, word families and sources with their licences', async () => {
    const text = (await cli('sources', '--lexicon')).out;
    expect(text).toMatch(/^General lexicon: words with alternatives: en [\d,]+, fr [\d,]+, es [\d,]+$/m);
    expect(text).toMatch(/^Word families .*: en [\d,]+, fr [\d,]+, es [\d,]+$/m);
    expect(text).toMatch(/^Words with opposites, read by the verifier .*: en [\d,]+, fr [\d,]+, es [\d,]+$/m);
    expect(text).toMatch(/apertium-fr-es .*GPL-2\.0-only/);
    expect(text).toMatch(/^Function words .*: en \d+, fr \d+, es \d+$/m);
    expect(text).toMatch(/function words +Snowball stop word lists .*liblingua-stopwords-perl/);
    const json = JSON.parse((await cli('sources', '--lexicon', '--json')).out) as { families: Record<string, number> };
    expect(json.families.fr).toBeGreaterThan(1000);
  });
});
