/**
 * A model server that sends its headers and a first word, then goes silent:
 * in Slack and in Discord the placeholder or deferred reply still ends in the
 * extractive answer, within the answer's deadline + 1 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../bot/chat/rate-limit.ts';
import type { Assistant } from '../../retrieval/assistant.ts';
import { OpenAIAnswerModel } from '../../retrieval/llm/openai-answerer.ts';
import { openAssistant } from '../../retrieval/open-assistant.ts';
import { FakeOpenAI } from '../retrieval/llm/fake-openai.ts';
import { startHarness as startDiscord } from './discord/harness.ts';
import { askAndWaitForEdit } from './discord/interactions.ts';
import { slash } from './discord/payloads.ts';
import { MENTION, nextTs, QUESTION, startHarness as startSlack, threadView, USER } from './slack/harness.ts';

const DEADLINE_MS = 1500;
const fake = new FakeOpenAI();
let dir: string;
let assistant: Assistant;

beforeAll(async () => {
  await fake.start();
  dir = await mkdtemp(join(tmpdir(), 'iotsec-stall-'));
  const model = new OpenAIAnswerModel({
    apiKey: 'k',
    baseURL: fake.url,
    model: 'stalling',
    timeoutMs: 5000,
    retries: 1,
    deadlineMs: DEADLINE_MS,
  });
  assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index'), embeddings: 'off', model });
  fake.script([], { stallAfter: 'The co-convenors are' });
});
afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a stalled model in the chat adapters', () => {
  it('Slack: the placeholder becomes the extractive answer within the deadline + 1 s', async () => {
    const h = await startSlack({
      assistant,
      stateDb: join(dir, 'slack.db'),
      env: { SLACK_USE_LLM: '1' },
      limiter: new RateLimiter(100, 100),
    });
    try {
      const ts = nextTs();
      const started = Date.now();
      await h.event({ type: 'app_mention', user: USER, text: `${MENTION} ${QUESTION}`, ts, event_ts: ts, channel: 'C0GENERAL' });
      const elapsed = Date.now() - started;
      const [shown] = threadView(h.fake, 'C0GENERAL', ts);
      expect(shown.updated).toBe(true);
      expect(shown.text).toContain('Bret Jordan');
      expect(shown.text).toMatch(/showing the extracted clauses instead/);
      expect(elapsed).toBeLessThan(DEADLINE_MS + 1000);
    } finally {
      await h.close();
    }
  });

  it('Discord: the deferred reply is edited into the extractive answer within the deadline + 1 s', async () => {
    const h = await startDiscord({}, assistant);
    try {
      const started = Date.now();
      const { edit } = await askAndWaitForEdit(h, slash(h.fake, 'ask', { question: QUESTION }, { userId: h.user() }));
      const elapsed = Date.now() - started;
      expect(JSON.stringify(edit.body)).toContain('Bret Jordan');
      expect(JSON.stringify(edit.body)).toMatch(/extracted clauses instead/);
      expect(elapsed).toBeLessThan(DEADLINE_MS + 1000);
    } finally {
      await h.close();
    }
  });
});
