import { describe, expect, it } from 'vitest';
import { useCli } from './run-cli.ts';

const cli = useCli();

describe('iotsec ask', () => {
  it('prints the answer, then each cited clause verbatim under Sources', async () => {
    const { code, out } = await cli('ask', 'Who', 'are', 'the', 'co-convenors', 'of', 'JCG-IoTSec?');
    expect(code).toBe(0);
    expect(out).toMatch(/^Answer: M\. Bret Jordan .* \[1\]\n\nAccording to the indexed documents/);
    expect(out).toMatch(/\nSources:\n\[1\] /);
    expect(out).toContain('Bret Jordan');
  });

  it('--json keeps the documented shape', async () => {
    const parsed = JSON.parse((await cli('ask', '--json', 'Who are the co-convenors of JCG-IoTSec?')).out);
    expect(Object.keys(parsed)).toEqual(['question', 'answer', 'abstained', 'citations']);
    expect(Object.keys(parsed.citations[0])).toEqual(['id', 'document', 'label', 'text', 'score']);
  });

  it('passes the global options to the assistant, and refuses --llm without a model in one line', async () => {
    const run = await cli('--index', '/tmp/x', '--embeddings', 'off', 'ask', '--llm', 'Who convenes?');
    expect(run.opened).toEqual([{ corpus: undefined, index: '/tmp/x', embeddings: 'off' }]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: --llm needs a model: set OPENAI_API_KEY/);
  });
});
