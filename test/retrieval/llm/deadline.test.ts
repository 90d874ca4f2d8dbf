import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import { OpenAIAnswerModel } from '../../../retrieval/llm/openai-answerer.ts';
import type { LlmConfig } from '../../../retrieval/config.ts';
import { FakeOpenAI, quoteFirstSource, silentServer } from './fake-openai.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
const fake = new FakeOpenAI();
let silent: Awaited<ReturnType<typeof silentServer>>;
let dir: string;

beforeAll(async () => {
  await fake.start();
  silent = await silentServer();
  dir = await mkdtemp(join(tmpdir(), 'iotsec-deadline-'));
});
afterAll(async () => {
  await fake.stop();
  await silent.stop();
  await rm(dir, { recursive: true, force: true });
});

async function assistantOn(url: string, limits: Partial<LlmConfig>) {
  const model = new OpenAIAnswerModel({ apiKey: 'k', baseURL: url, model: 'fake', timeoutMs: 10_000, retries: 2, ...limits });
  return openAssistant({ corpusDir: 'corpus', indexDir: dir, embeddings: 'off', model });
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe('one deadline per answer', () => {
  it('gives the extractive answer at the deadline when a stream goes silent after its headers', async () => {
    fake.script([], { stallAfter: 'The co-convenors are' });
    const assistant = await assistantOn(fake.url, { deadlineMs: 1500 });
    const { value: a, ms } = await timed(() => assistant.ask(QUESTION, { onPartial: () => undefined }));
    expect(ms).toBeLessThan(1500 + 1000);
    expect(a.mode).toBe('extractive');
    expect(a.notes[0]).toMatch(/no complete answer within 1\.5 s/);
    expect(a.citations[0].text).toContain('Bret Jordan');
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    const assistant = await assistantOn(silent.url, { deadlineMs: 1500 });
    const { value: a, ms } = await timed(() => assistant.ask(QUESTION));
    expect(ms).toBeLessThan(1500 + 1000);
    expect(a.mode).toBe('extractive');
    expect(a.notes[0]).toMatch(/within 1\.5 s/);
  });

  it('retries a stream silent for longer than the idle gap, within the deadline', async () => {
    fake.script([{ stallAfter: 'The co-convenors are' }], { reply: quoteFirstSource });
    const assistant = await assistantOn(fake.url, { deadlineMs: 10_000, idleMs: 300 });
    const { value: a, ms } = await timed(() => assistant.ask(QUESTION, { onPartial: () => undefined }));
    expect(ms).toBeLessThan(3000);
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(a.mode).toBe('generative');
  });

  it("honours the caller's signal", async () => {
    const assistant = await assistantOn(silent.url, { deadlineMs: 20_000 });
    const { value: a, ms } = await timed(() => assistant.ask(QUESTION, { signal: AbortSignal.timeout(300) }));
    expect(ms).toBeLessThan(1300);
    expect(a.mode).toBe('extractive');
    expect(a.notes[0]).toMatch(/timed out|cancelled/);
  });
});

describe('the deadline as the CLI runs it', () => {
  it('`ask --llm` ends with the extractive answer within the deadline + 1 s against a stalling server', async () => {
    const run = (url: string) =>
      timed(
        () =>
          new Promise<{ code: number; stdout: string }>((resolve) => {
            const env = {
              ...process.env,
              OPENAI_BASE_URL: url,
              IOTSEC_LLM_MODEL: 'fake',
              IOTSEC_LLM_DEADLINE_MS: '2000',
              LOG_LEVEL: 'silent',
            };
            const args = ['--import', 'tsx', 'bot/cli/main.ts', '--index', dir, '--embeddings', 'off', 'ask', '--llm', '--json', QUESTION];
            execFile(process.execPath, args, { env }, (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }));
          }),
      );
    fake.script([], { reply: quoteFirstSource });
    const baseline = await run(fake.url); // start-up and index loading, with a model that answers at once
    expect(baseline.value.code).toBe(0);
    for (const url of [silent.url, fake.url]) {
      if (url === fake.url) fake.script([], { stallAfter: 'The co-convenors are' });
      const stalled = await run(url);
      expect(stalled.value.code).toBe(0);
      expect(JSON.parse(stalled.value.stdout).citations[0].text).toContain('Bret Jordan');
      expect(stalled.ms - baseline.ms).toBeLessThan(2000 + 1000);
    }
  }, 60_000);
});
