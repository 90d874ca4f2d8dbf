import { describe, expect, it } from 'vitest';
import { formatClause } from '../../../../bot/cli/commands/show.ts';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec show', () => {
  it('prints one clause verbatim with its label, document and place in the source', async () => {
    const { code, out } = await cli('show', 'wtsa-res-98:recalling:f');
    expect(code).toBe(0);
    expect(out).toMatch(/^Res\. 98 › recalling › f\)\nWTSA Res\. 98/);
    expect(out).toContain('Y.4702');
    expect(out).toMatch(/\(characters \d+-\d+ of the source; id wtsa-res-98:recalling:f\)$/);
  });

  it('says in one line that an unknown clause id does not exist', async () => {
    const { code, err } = await cli('show', 'nope:1');
    expect(code).toBe(1);
    expect(err).toBe('error: No clause "nope:1". Clause ids appear in `ask --json` output.');
  });

  it('shows the document link when the corpus has one', () => {
    const clause = { id: 'd:1', docId: 'd', document: 'Doc', label: 'L', text: 'T', context: '', start: 0, end: 1, url: 'https://x.test' };
    expect(formatClause(clause).split('\n')[1]).toBe('Doc <https://x.test>');
  });
});
