import { describe, expect, it } from 'vitest';
import { renderClause } from '../../../bot/discord/render-clause.ts';
import { limitViolation } from './limit-check.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderClause', () => {
  it('shows a very long clause in full over several embeds and messages', () => {
    const text = 'Le Groupe JCG-IoTSec coordonne les travaux. '.repeat(400); // ~17,600 characters
    const messages = renderClause({
      id: 'wtsa-res-98:resolves:1',
      docId: 'wtsa-res-98',
      label: 'Res. 98 › resolves › 1',
      text,
      context: '',
      start: 0,
      end: 1,
      document: 'WTSA Res. 98',
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(limitViolation(m)).toBeUndefined();
    expect(squash(messages.flatMap((m) => m.embeds!.map((e) => e.description)).join(''))).toBe(squash(text));
  });
});
