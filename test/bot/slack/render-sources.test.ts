import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../../bot/slack/limits.ts';
import { renderSources } from '../../../bot/slack/render-sources.ts';
import { renderHelp, renderLine, renderPlaceholder } from '../../../bot/slack/render-text.ts';
import { readable } from './harness.ts';

describe('renderSources and the short texts', () => {
  it('lists every document, linked and escaped, over as many messages as the block limit needs', () => {
    const sources = Array.from({ length: 120 }, (_, i) => ({
      id: `d${i}`,
      citation: `Doc ${i}`,
      title: `T<${i}>`,
      language: 'fr' as const,
      clauses: i,
      url: 'https://www.itu.int/d',
    }));
    const messages = renderSources(sources);
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    const all = messages.map((m) => readable(m.blocks)).join('\n');
    for (const s of sources) expect(all).toContain(`*<https://www.itu.int/d|${s.citation}>*`);
    expect(all).toContain('T&lt;7&gt;');
  });

  it('escapes lines and help, and words the placeholder in French or English', () => {
    expect(renderLine('a <b> & c').text).toBe('a &lt;b&gt; &amp; c');
    expect(readable(renderHelp('`ask <question>`')[0].blocks)).toBe('`ask &lt;question&gt;`');
    expect(renderPlaceholder('fr').text).toMatch(/Je cherche/);
    expect(renderPlaceholder('es').text).toMatch(/Searching/);
  });
});
