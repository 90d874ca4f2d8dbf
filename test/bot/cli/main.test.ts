import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAI, quoteFirstSource } from '../../retrieval/llm/fake-openai.ts';

const run = promisify(execFile);
let indexDir: string;

/** Runs the CLI as a user does (through tsx), returning exit code and both streams. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'bot/cli/main.ts', '--index', indexDir, '--embeddings', 'off', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'iotsec-cli-'));
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));

describe('iotsec CLI', () => {
  it('ask --json prints the answer with verbatim clause citations', async () => {
    const { code, stdout } = await cli(
      'ask',
      '--json',
      'Which ITU-T Recommendation sets the common requirements for IoT device management?',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['question', 'answer', 'abstained', 'citations']);
    expect(out.abstained).toBe(false);
    expect(out.citations[0]).toMatchObject({
      id: 'wtsa-res-98:recalling:f',
      document: 'WTSA Res. 98 (Rev. Geneva, 2022)',
      label: 'Res. 98 › recalling › f)',
    });
    expect(out.citations[0].text).toContain('Y.4702');
  });

  it('eval prints the metrics table through the same path as ask', async () => {
    const { code, stdout } = await cli('eval', '--questions', '../shared/eval/questions.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\| gold_at_3 \| [\d.]+ \|/);
    expect(stdout).toMatch(/\| abstain_ok \| 1 \|/);
  });

  it('eval --json writes every answer to a pipe, past the 64 KB a pipe holds at once', async () => {
    const sample = JSON.parse(await readFile('../shared/eval/questions.json', 'utf8')) as unknown[];
    const questions = join(indexDir, 'questions.json');
    await writeFile(questions, JSON.stringify([...sample, ...sample, ...sample, ...sample]));
    // A shell pipe, as "… --json | jq" (the test's own stdout is a socket, whose larger buffer hid the loss).
    const cliLine = `"${process.execPath}" --import tsx bot/cli/main.ts --index "${indexDir}" --embeddings off`;
    const line = `${cliLine} eval --questions "${questions}" --json | cat`;
    const { stdout } = await run('/bin/sh', ['-c', line], { env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 1 << 24 });
    expect(stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(stdout)).toHaveLength(sample.length * 4);
  });

  it('sources and show work on any corpus folder', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'iotsec-corpus-'));
    await writeFile(
      join(corpus, 'tor.md'),
      '# Working methods\n\n- The group works mainly through its mailing list and virtual meetings.\n',
    );
    const sources = await cli('--corpus', corpus, 'sources', '--json');
    expect(JSON.parse(sources.stdout)).toMatchObject([{ id: 'tor', clauses: 1 }]);
    const show = await cli('--corpus', corpus, 'show', 'tor:working-methods:item-1');
    expect(show.stdout).toContain('The group works mainly through its mailing list');
    await rm(corpus, { recursive: true, force: true });
  });
});

describe('iotsec CLI failures and the model path', () => {
  it('fails with one clear line and a non-zero exit on bad input', async () => {
    const empty = await cli('ask', '   ');
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim().split('\n').at(-1)).toMatch(/^error: The question is empty/);
    const long = await cli('ask', 'x'.repeat(4500));
    expect(long.stderr).toMatch(/limit is 4000/);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    const flag = await cli('ask', '--bogus', 'hi');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--bogus'/);
    const missing = await cli('--corpus', '/nonexistent/folder', 'ask', 'hello there');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Corpus folder not found: \/nonexistent\/folder/);
    const noClause = await cli('show', 'nope:1');
    expect(noClause.code).toBe(1);
  });

  it('eval --llm runs the whole gold set through the model path of a local OpenAI-compatible server', async () => {
    const fake = new FakeOpenAI();
    await fake.start();
    fake.script([], { reply: quoteFirstSource });
    try {
      const { code, stdout } = await cliWith(
        { OPENAI_BASE_URL: fake.url, IOTSEC_LLM_MODEL: 'fake' },
        'eval',
        '--llm',
        '--questions',
        '../shared/eval/questions.json',
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(/\| gold_at_3 \| [\d.]+ \|/);
      expect(fake.requests.length).toBeGreaterThanOrEqual(10);
      const noModel = await cli('ask', '--llm', 'Who convenes the group?');
      expect(noModel.code).toBe(1);
      expect(noModel.stderr).toMatch(/--llm needs a model: set OPENAI_API_KEY/);
    } finally {
      await fake.stop();
    }
  });
});
