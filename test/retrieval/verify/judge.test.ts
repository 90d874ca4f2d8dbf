import { describe, expect, it } from 'vitest';
import { parseVerdicts } from '../../../retrieval/verify/judge.ts';
import { sourceNumber, type ChatRequest } from '../llm/fake-openai.ts';
import { goodConvenors, useFakeModel } from '../llm/fake-model.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
const { fake, assistantWith } = useFakeModel();
const good = goodConvenors;
const isJudge = (req: ChatRequest) => req.messages[0].content.startsWith('You check citations.');

describe('the entailment judge', () => {
  it('is not asked when the rules are confident (auto)', async () => {
    const assistant = await assistantWith({ judge: 'auto' });
    fake.script([{ reply: good }]);
    const a = await assistant.ask(QUESTION);
    expect(a.mode).toBe('generative');
    expect(fake.requests.filter(isJudge)).toHaveLength(0);
  });

  it('asks once for all sentences, and its "not supported" leads to one repair, then the extractive answer', async () => {
    const assistant = await assistantWith({ judge: 'always' });
    const two = (req: ChatRequest) =>
      `${good(req)} Bret Jordan chairs WP 2/17 [${sourceNumber(req, 'Les Coresponsables du Groupe JCG-IoTSec sont')}].`;
    fake.script([{ reply: two }, { reply: '1: supported\n2: not supported' }, { reply: two }, { reply: '1: supported\n2: not supported' }]);
    const a = await assistant.ask(QUESTION);
    const judged = fake.requests.filter(isJudge);
    expect(judged).toHaveLength(2);
    expect(judged[0].messages[0].content).toMatch(/1\.\nSENTENCE: The co-convenors are[\s\S]*2\.\nSENTENCE: Bret Jordan chairs WP 2\/17/);
    expect(a.mode).toBe('extractive');
    expect(a.rejected?.join('\n')).toMatch(/does not entail "Bret Jordan chairs WP 2\/17\."/);
  });

  it("leaves the rules' verdict when it answers garbage", async () => {
    const assistant = await assistantWith({ judge: 'always' });
    fake.script([{ reply: good }, { raw: '{"choices": [' }]);
    const a = await assistant.ask(QUESTION);
    expect(fake.requests.filter(isJudge)).toHaveLength(1);
    expect(a.mode).toBe('generative');
    fake.script([{ reply: good }, { reply: 'Sure! Everything looks fine to me.' }]);
    expect((await assistant.ask(QUESTION)).mode).toBe('generative');
  });

  it("leaves the rules' verdict when it times out at the answer's deadline", async () => {
    const assistant = await assistantWith({ judge: 'always', deadlineMs: 1500 });
    fake.script([{ reply: good }, { delayMs: 4000, reply: '1: not supported' }]);
    const start = performance.now();
    const a = await assistant.ask(QUESTION);
    expect(performance.now() - start).toBeLessThan(2500);
    expect(a.mode).toBe('generative');
    expect(a.answer).toContain('Bret Jordan');
  });

  it('reads its verdicts line by line', () => {
    expect(parseVerdicts('1: supported\n2: NOT SUPPORTED\n[3] - unsupported', 4)).toEqual([true, false, false, undefined]);
    expect(parseVerdicts('garbage', 2)).toEqual([undefined, undefined]);
  });
});
