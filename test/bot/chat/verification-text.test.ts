import { describe, expect, it } from 'vitest';
import { verificationLines } from '../../../bot/chat/verification-text.ts';

describe('a checked draft as chat lines', () => {
  it('gives the verdict, then each sentence with its clauses and, when it fails, why', () => {
    const report = {
      ok: false,
      sentences: [
        { text: 'The co-convenors are Bret Jordan and Ramy Ahmed Fathy.', ok: true, sources: ['tsb-circ-67:p3'], reasons: [] },
        {
          text: 'Contributions are due by 12 September 2025.',
          ok: false,
          sources: ['tsb-circ-67:p8'],
          reasons: [{ code: 'missing-value' as const, detail: '12 September 2025 is not in the cited clause' }],
        },
      ],
    };
    expect(verificationLines(report, 'en')).toEqual([
      '1 of 2 sentences are not supported by the clauses they cite.',
      '✅ The co-convenors are Bret Jordan and Ramy Ahmed Fathy. (cites tsb-circ-67:p3)',
      '❌ Contributions are due by 12 September 2025. (cites tsb-circ-67:p8) — missing-value: 12 September 2025 is not in the cited clause',
    ]);
    expect(verificationLines({ ok: true, sentences: [] }, 'fr')[0]).toMatch(/^Aucune phrase à vérifier/);
  });
});
