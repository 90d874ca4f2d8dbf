import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chatFigures, row, verifyFigures } from '../../scripts/commit-effects.ts';

const CHAT = `| metric | value |
| --- | --- |
| questions | 48 |
| gold_at_3 | 0.563 |
| citation_precision | 0.653 |
| must | 0.48 |
| abstain_ok | 0.75 |
| false_abstain | 0.25 |
`;

const VERIFY = `eval/verify/tune-9.json: 60 sentences verified in 210 ms
| lang | unsupported | caught | recall | rejected | correctly | precision | supported wrongly rejected |
| --- | --- | --- | --- | --- | --- | --- | --- |
| en | 13 | 13 | 1.00 | 13 | 13 | 1.00 | 0 / 14 |
| all | 30 | 28 | 0.93 | 29 | 28 | 0.97 | 1 / 30 |
`;

describe('commit-effects', () => {
  it("reads the chat metrics of iotsec eval and the verifier's 'all' row", () => {
    expect(chatFigures(CHAT).values).toEqual(['0.563', '0.653', '0.48', '0.75', '0.25']);
    expect(verifyFigures(VERIFY).values).toEqual(['0.93', '0.97', '1/30']);
    expect(chatFigures('no table').values).toEqual(['?', '?', '?', '?', '?']);
  });

  it('marks what a commit moved with the value before it', () => {
    const before = [chatFigures(CHAT)];
    const after = [{ values: ['0.594', '0.653', '0.48', '0.75', '0.219'] }];
    expect(row('abc1234 a change', after, before)).toBe(
      '| abc1234 a change | **0.594** (0.563) / 0.653 / 0.48 / 0.75 / **0.219** (0.25) |',
    );
    expect(row('base', before)).toBe('| base | 0.563 / 0.653 / 0.48 / 0.75 / 0.25 |');
  });

  it('refuses a held-out half unless told, before building anything', () => {
    const run = () =>
      execFileSync('npx', ['tsx', 'scripts/commit-effects.ts', '--base', 'HEAD', '--questions', 'eval/chat/held-out-9.json'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).toThrow(/held-out half: choosing a change by it makes it no longer held out/);
  });
});
