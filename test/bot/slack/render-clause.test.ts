import { describe, expect, it } from 'vitest';
import type { Block, SlackMessage } from '../../../bot/slack/blocks.ts';
import { MAX_SECTION_CHARS } from '../../../bot/slack/limits.ts';
import { escapeMrkdwn } from '../../../bot/slack/mrkdwn.ts';
import { renderClause } from '../../../bot/slack/render-clause.ts';

const sectionTexts = (messages: SlackMessage[]): string[] =>
  messages.flatMap((m) => m.blocks).flatMap((b: Block) => (b.type === 'section' && b.text ? [b.text.text] : []));

describe('renderClause', () => {
  it('shows the clause verbatim, escaped and quoted, split when long', () => {
    const text = `Bret Jordan <co-convenor> & more.\n${'word '.repeat(2000)}`;
    const messages = renderClause({
      id: 'doc:c1',
      docId: 'doc',
      document: 'WTSA Res. 98',
      label: 'Res. 98 › considering › 1)',
      text,
      context: '',
      start: 0,
      end: 1,
    });
    const body = sectionTexts(messages)
      .slice(1)
      .map((t) => t.replace(/^>/gm, ''))
      .join(' ');
    expect(body.startsWith('Bret Jordan &lt;co-convenor&gt; &amp; more.')).toBe(true);
    expect(body.replace(/\s+/g, ' ').trim()).toBe(escapeMrkdwn(text).replace(/\s+/g, ' ').trim());
    for (const t of sectionTexts(messages)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
  });
});
