// Runs the gold set through the model path against the scripted fake server (quote-first-source model).
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAssistant } from '../retrieval/open-assistant.ts';
import { computeMetrics, GoldQuestion } from '../retrieval/eval/gold-metrics.ts';
import { OpenAIAnswerModel } from '../retrieval/llm/openai-answerer.ts';
import { FakeOpenAI, quoteFirstSource } from '../test/retrieval/llm/fake-openai.ts';
const fake = new FakeOpenAI();
await fake.start();
fake.script([], { reply: quoteFirstSource });
const a = await openAssistant({
  indexDir: mkdtempSync(join(tmpdir(), 'x')),
  embeddings: 'off',
  model: new OpenAIAnswerModel({ apiKey: 'k', baseURL: fake.url, model: 'fake', timeoutMs: 2000, retries: 1 }),
});
const qs = GoldQuestion.array().parse(JSON.parse(readFileSync('../shared/eval/questions.json', 'utf8')));
const items = [];
for (const q of qs) items.push({ q, a: await a.ask(q.question) });
console.log(computeMetrics(items));
for (const { a, q } of items) {
  console.log(a.mode, a.abstained ? 'abstained' : '', q.question.slice(0, 70), (a.rejected ?? []).join(' | ').slice(0, 200));
}
await fake.stop();
