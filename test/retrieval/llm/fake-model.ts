/**
 * For a test file: the scripted OpenAI-compatible server on 127.0.0.1 and a
 * way to open the assistant over the seed corpus with a model pointed at it
 * (each assistant with its own index folder, removed afterwards).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Assistant } from '../../../retrieval/assistant.ts';
import type { LlmConfig } from '../../../retrieval/config.ts';
import { OpenAIAnswerModel } from '../../../retrieval/llm/openai-answerer.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import { FakeOpenAI, sourceNumber, type ChatRequest } from './fake-openai.ts';

export interface FakeModelBed {
  fake: FakeOpenAI;
  /** The assistant with a model on the fake server; `limits` override the test defaults (no retries, 5 s per attempt). */
  assistantWith(limits?: Partial<LlmConfig>): Promise<Assistant>;
}

export function useFakeModel(): FakeModelBed {
  const fake = new FakeOpenAI();
  const dirs: string[] = [];
  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  beforeEach(() => fake.script([]));
  return {
    fake,
    async assistantWith(limits = {}) {
      const dir = await mkdtemp(join(tmpdir(), 'iotsec-model-'));
      dirs.push(dir);
      const model = new OpenAIAnswerModel({
        apiKey: 'test-key',
        baseURL: fake.url,
        model: 'fake-model',
        timeoutMs: 5000,
        retries: 0,
        ...limits,
      });
      return openAssistant({ corpusDir: 'corpus', indexDir: dir, embeddings: 'off', model });
    },
  };
}

/** A faithful answer to "Who are the co-convenors?", citing the clause that names them. */
export const goodConvenors = (req: ChatRequest) =>
  `The co-convenors are Bret Jordan and Ramy Ahmed Fathy [${sourceNumber(req, 'Les Coresponsables du Groupe JCG-IoTSec sont')}].`;
