import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseButtonId } from '../../../bot/discord/button-ids.ts';
import type { DiscordMessage } from '../../../bot/discord/embeds.ts';
import { renderAnswer } from '../../../bot/discord/render-answer.ts';
import type { Answer, Citation } from '../../../retrieval/types.ts';
import { limitViolation } from './limit-check.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

function citation(n: number, text: string, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    id: `tsb-circ-67:annex-a:item-${n}`,
    document: 'TSB Circular 67 (6 August 2025)',
    label: `JCG-IoTSec ToR › Working methods › item ${n}`,
    text,
    score: 1,
    ...extra,
  };
}

function answer(citations: Citation[], text = 'The co-convenors are named in [1].', extra: Partial<Answer> = {}): Answer {
  return {
    question: 'Who are the co-convenors?',
    answer: text,
    abstained: false,
    citations,
    related: [],
    lang: 'en',
    mode: 'extractive',
    notes: [],
    ...extra,
  };
}

const fields = (messages: DiscordMessage[]) => messages.flatMap((m) => (m.embeds ?? []).flatMap((e) => e.fields ?? []));
const buttons = (m: DiscordMessage) => (m.components ?? []).flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

/** The verbatim text a citation shows across all its fields (source line removed). */
function shownText(messages: DiscordMessage[], n: number): string {
  const own = fields(messages).filter((f) => f.name.startsWith(`[${n}] `));
  return own.map((f, i) => (i === own.length - 1 ? f.value.slice(0, f.value.lastIndexOf('\n— ')) : f.value)).join(' ');
}

function checkAnswer(a: Answer): void {
  const messages = renderAnswer(a, 'key123');
  for (const m of messages) expect(limitViolation(m)).toBeUndefined();
  expect(
    squash(
      messages
        .flatMap((m) => m.embeds ?? [])
        .map((e) => e.description ?? '')
        .join(''),
    ),
  ).toBe(squash(a.answer) || '…');
  for (const c of a.citations) {
    expect(squash(shownText(messages, c.n))).toBe(squash(c.text));
    expect(messages.flatMap(buttons).filter((id) => id === clauseButtonId(c.id))).toHaveLength(1);
  }
  const votes = messages.map((m) => buttons(m).filter((id) => id.startsWith('vote:')).length);
  expect(votes.at(-1)).toBe(2);
  expect(votes.slice(0, -1).every((v) => v === 0)).toBe(true);
}

describe('renderAnswer', () => {
  it('puts each citation in a numbered field: label as name, verbatim text and document link as value', () => {
    const [m] = renderAnswer(
      answer([citation(1, 'Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy.', { url: 'https://www.itu.int/circ67' })]),
      'k',
    );
    expect(m.embeds![0].fields![0]).toEqual({
      name: '[1] JCG-IoTSec ToR › Working methods › item 1',
      value:
        'Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy.\n— [TSB Circular 67 (6 August 2025)](https://www.itu.int/circ67)',
    });
    expect(buttons(m)).toEqual(['clause:tsb-circ-67:annex-a:item-1', 'vote:up:k', 'vote:down:k']);
  });

  it('continues a clause longer than a field in "(cont.)" fields instead of cutting it', () => {
    const long = 'Considérant que la sécurité de l’IoT exige une coordination. '.repeat(60);
    const messages = renderAnswer(answer([citation(1, long)]), 'k');
    const names = fields(messages).map((f) => f.name);
    expect(names[0]).toBe('[1] JCG-IoTSec ToR › Working methods › item 1');
    expect(names.slice(1).every((n) => n.endsWith('(cont.)'))).toBe(true);
    expect(names.length).toBeGreaterThan(3);
    checkAnswer(answer([citation(1, long)]));
  });

  it('splits 30 long citations over several messages with at most 20 clause buttons each', () => {
    const a = answer(
      Array.from({ length: 30 }, (_, i) => citation(i + 1, `Clause ${i + 1}. `.repeat(60))),
      'Answer [1]… [30].',
    );
    const messages = renderAnswer(a, 'k');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(buttons(m).filter((id) => id.startsWith('clause:')).length).toBeLessThanOrEqual(20);
    checkAnswer(a);
  });

  it('cites nothing when abstaining: related clauses are listed by label, without buttons', () => {
    const a = answer([], "The documents don't say.", { abstained: true, related: [citation(1, 'x', { label: 'Res. 98 › resolves › 1' })] });
    const messages = renderAnswer(a, 'k');
    expect(fields(messages).map((f) => f.name)).toEqual(['Related clauses (not cited)']);
    expect(fields(messages)[0].value).toContain('Res. 98 › resolves › 1');
    expect(messages.flatMap(buttons)).toEqual(['vote:up:k', 'vote:down:k']);
  });
});

describe('renderAnswer within every Discord limit', () => {
  it('respects every Discord limit and never drops answer or citation text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '.', '\n', 'Z', '›'), maxLength: 3000, size: 'large' });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30, size: 'medium' }),
        fc.string({ maxLength: 9000, size: 'large' }),
        fc.string({ maxLength: 400 }),
        (texts, body, label) => {
          const cites = texts.map((t, i) =>
            citation(i + 1, t.trim() || 'x', { label: label || 'L', url: i % 2 ? 'https://www.itu.int/x' : undefined }),
          );
          checkAnswer(answer(cites, body, { question: label, notes: [label] }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
