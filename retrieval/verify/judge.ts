/**
 * The entailment judge: one batched call asking the model, for each
 * sentence the rules let through, whether its cited clauses state it
 * (prompts/entail.md). "not supported" counts as a rule failure; a call
 * that fails, times out or answers garbage leaves the rules' verdict.
 */
import type { Judge } from '../answer/verify.ts';
import type { AnswerModel } from '../llm/answer-model.ts';
import { renderPrompt } from '../llm/prompts.ts';

/** The judge gets at most this long, and never past the answer's deadline. */
export const JUDGE_TIMEOUT_MS = 8_000;

export function modelJudge(model: AnswerModel, signal: AbortSignal | undefined, timeoutMs = JUDGE_TIMEOUT_MS): Judge {
  return async (items) => {
    const blocks = items.map((item, i) => {
      const clauses = item.clauses.map((c) => c.text.replace(/<<<|>>>/g, '')).join('\n');
      return `${i + 1}.\nSENTENCE: ${item.sentence}\nCLAUSE:\n<<<\n${clauses}\n>>>`;
    });
    const limit = AbortSignal.timeout(timeoutMs);
    try {
      const reply = await model.complete([{ role: 'user', content: renderPrompt('entail', { items: blocks.join('\n\n') }) }], {
        signal: signal ? AbortSignal.any([signal, limit]) : limit,
      });
      return parseVerdicts(reply, items.length);
    } catch {
      return items.map(() => undefined);
    }
  };
}

/** "1: supported" / "2: not supported" lines → verdicts; an item without a readable line stays undecided. */
export function parseVerdicts(reply: string, count: number): Array<boolean | undefined> {
  const out: Array<boolean | undefined> = new Array(count).fill(undefined);
  for (const m of reply.matchAll(/^\s*\[?(\d{1,3})\]?\s*[:.)-]\s*\**\s*(not supported|unsupported|supported)\b/gim)) {
    const i = Number(m[1]) - 1;
    if (i >= 0 && i < count && out[i] === undefined) out[i] = !/^(?:not|un)/i.test(m[2]);
  }
  return out;
}
