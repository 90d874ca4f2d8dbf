import { describe, expect, it } from 'vitest';
import { renderSources } from '../../../bot/discord/render-sources.ts';
import { renderText } from '../../../bot/discord/render-text.ts';
import { limitViolation } from './limit-check.ts';

describe('renderSources and renderText', () => {
  it('keeps plain text under 2,000 characters per message and lists every source', () => {
    expect(renderText('x '.repeat(3000)).every((m) => m.content!.length <= 2000)).toBe(true);
    const sources = Array.from({ length: 80 }, (_, i) => ({
      id: `d${i}`,
      citation: `Doc ${i}`,
      title: 'T'.repeat(120),
      language: 'fr' as const,
      clauses: i,
    }));
    const messages = renderSources(sources);
    for (const m of messages) expect(limitViolation(m)).toBeUndefined();
    const all = messages.flatMap((m) => m.embeds!.map((e) => e.description)).join('\n');
    for (const s of sources) expect(all).toContain(`**${s.citation}**`);
  });
});
