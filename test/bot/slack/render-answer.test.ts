import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../retrieval/types.ts';
import type { Block, SlackMessage } from '../../../bot/slack/blocks.ts';
import { MAX_BLOCKS, MAX_SECTION_CHARS } from '../../../bot/slack/limits.ts';
import { escapeMrkdwn } from '../../../bot/slack/mrkdwn.ts';
import { renderAnswer } from '../../../bot/slack/render-answer.ts';

// Plain data in the shape the core returns: these tests exercise the renderer only.
function citation(n: number, text = `Clause text ${n} with <b> & co`): Citation {
  return {
    n,
    id: `doc:c${n}`,
    document: 'WTSA Res. 98',
    label: `Res. 98 › considering › ${n})`,
    text,
    score: 1,
    url: 'https://www.itu.int/res98?a=1&b=2',
  };
}

function answer(partial: Partial<Answer>): Answer {
  return {
    question: 'q',
    answer: 'An answer [1].',
    abstained: false,
    citations: [citation(1)],
    related: [],
    lang: 'en',
    mode: 'extractive',
    notes: [],
    ...partial,
  };
}

const sectionTexts = (messages: SlackMessage[]): string[] =>
  messages.flatMap((m) => m.blocks).flatMap((b: Block) => (b.type === 'section' && b.text ? [b.text.text] : []));
const buttons = (messages: SlackMessage[]) =>
  messages.flatMap((m) => m.blocks).flatMap((b: Block) => (b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory] : []));

describe('renderAnswer', () => {
  it('renders the answer, a numbered Sources list with links and Show clause buttons, and votes', () => {
    const [message, ...rest] = renderAnswer(answer({ citations: [citation(1), citation(2)] }), 'key-1');
    expect(rest).toHaveLength(0);
    const texts = sectionTexts([message]);
    expect(texts[0]).toBe('An answer [1].');
    expect(texts).toContain('*Sources*');
    expect(texts).toContain('*[2]* Res. 98 › considering › 2) · <https://www.itu.int/res98?a=1&b=2|WTSA Res. 98>');
    expect(buttons([message]).map((b) => [b.action_id, b.value])).toEqual([
      ['show_clause_1', 'doc:c1'],
      ['show_clause_2', 'doc:c2'],
    ]);
    const votes = message.blocks.at(-1)!;
    expect(votes.type === 'actions' && votes.elements.map((e) => (e as { value?: string }).value)).toEqual(['key-1', 'key-1']);
  });

  it('shows the bare label when the document has no link', () => {
    const [message] = renderAnswer(answer({ citations: [{ ...citation(1), url: undefined }] }), 'k');
    expect(sectionTexts([message])).toContain('*[1]* Res. 98 › considering › 1)');
  });

  it('words an abstention plainly and cites nothing', () => {
    const messages = renderAnswer(
      answer({ abstained: true, answer: 'No clause covers that.', citations: [], related: [citation(3)] }),
      'k',
    );
    const texts = sectionTexts(messages);
    expect(texts[0]).toMatch(/No cited answer.*nothing is cited/);
    expect(texts[1]).toBe('No clause covers that.');
    expect(texts).not.toContain('*Sources*');
    expect(buttons(messages)).toHaveLength(0);
  });

  it('splits a long answer with many citations over messages within the limits, dropping nothing', () => {
    const long = 'Sentence with a marker [1]. '.repeat(800); // ~22,000 characters
    const citations = Array.from({ length: 70 }, (_, i) => citation(i + 1));
    const messages = renderAnswer(answer({ answer: long, citations }), 'k');
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      expect(m.text.length).toBeGreaterThan(0);
      for (const t of sectionTexts([m])) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
    }
    expect(buttons(messages).map((b) => b.value)).toEqual(citations.map((c) => c.id));
    const answerText = sectionTexts(messages)
      .filter((t) => t.includes('marker'))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(answerText).toBe(long.trim().replace(/\s+/g, ' '));
    expect(messages.filter((m) => m.blocks.some((b) => b.type === 'actions'))).toHaveLength(1);
  });

  it('escapes corpus and answer text', () => {
    const messages = renderAnswer(answer({ answer: 'See <@U1> & <!here> [1]' }), 'k');
    expect(sectionTexts(messages)[0]).toBe('See &lt;@U1&gt; &amp; &lt;!here&gt; [1]');
  });
});
