import { describe, expect, it } from 'vitest';
import { VerifiedStream } from '../../../retrieval/answer/verified-stream.ts';
import type { SupportChecker } from '../../../retrieval/answer/verify.ts';
import { seedRules } from '../../helpers/seed-corpus.ts';

const { rules, source } = seedRules();
// [1] names the co-convenors; [2] announces the first meeting (17 septembre 2025, 13 à 14 heures, Genève).
const checker: SupportChecker = {
  rules,
  lang: 'en',
  sources: [source('tsb-circ-67:annex-a:working-methods:item-6'), source('tsb-circ-67:p6')],
};

const CONVENORS = 'The co-convenors are Bret Jordan and Ramy Ahmed Fathy [1].';
const MEETING = 'The first meeting is in Geneva on 17 September 2025 [2].';
const WRONG_TIME = 'It runs from 14:00 to 16:00 Geneva time [2].';
const UNSURE = 'The first meeting takes place at ITU headquarters [2].'; // passes the rules, without confidence

/** Feeds a model's text to a stream in chunks of `step` characters, as deltas arrive; returns what was shown. */
function stream(text: string, options: { step?: number; needConfidence?: boolean } = {}): string[] {
  const shown: string[] = [];
  const s = new VerifiedStream(checker, (t) => shown.push(t), options.needConfidence ?? false);
  const step = options.step ?? 7;
  for (let end = step; end < text.length + step; end += step) s.push(text.slice(0, end));
  return shown;
}

describe('streaming only verified text', () => {
  it('shows a sentence once it is complete and has passed, never a part of one', () => {
    const shown = stream(`${CONVENORS} ${MEETING}\n`);
    expect(shown).toEqual([CONVENORS, `${CONVENORS} ${MEETING}`]);
    for (const text of shown) expect(text).toMatch(/\.$/);
  });

  it('holds the last sentence until another starts or its line ends', () => {
    const shown: string[] = [];
    const s = new VerifiedStream(checker, (t) => shown.push(t), false);
    s.push(CONVENORS);
    expect(shown).toEqual([]);
    s.push(`${CONVENORS} Bret`);
    expect(shown).toEqual([CONVENORS]);
    s.push(`${CONVENORS} Bret Jordan chairs WP 2/17 [1].\n`);
    expect(shown).toEqual([CONVENORS, `${CONVENORS} Bret Jordan chairs WP 2/17 [1].`]);
    // Nothing new, nothing shown again.
    s.push(`${CONVENORS} Bret Jordan chairs WP 2/17 [1].\n`);
    expect(shown).toHaveLength(2);
  });

  it('stops at the first sentence that fails: neither it nor anything after it is shown', () => {
    const shown = stream(`${MEETING} ${WRONG_TIME} ${CONVENORS}\n`);
    expect(shown).toEqual(['The first meeting is in Geneva on 17 September 2025 [1].']);
    expect(shown.join('\n')).not.toMatch(/14:00|16:00|Jordan/);
  });

  it('shows nothing when the first sentence fails', () => {
    expect(stream(`${WRONG_TIME} ${MEETING}\n`)).toEqual([]);
  });

  it('numbers the sources shown in order of first appearance', () => {
    expect(stream(`${MEETING} ${CONVENORS}\n`).at(-1)).toBe(
      'The first meeting is in Geneva on 17 September 2025 [1]. The co-convenors are Bret Jordan and Ramy Ahmed Fathy [2].',
    );
  });

  it('keeps the lines of the answer: headings and bullets pass as they are', () => {
    const text = `*Who convenes it*\n• ${CONVENORS}\n*Dates*\n• ${MEETING}\n`;
    expect(stream(text, { step: 11 }).at(-1)).toBe(
      '*Who convenes it*\n• The co-convenors are Bret Jordan and Ramy Ahmed Fathy ' +
        '[1].\n*Dates*\n• The first meeting is in Geneva on 17 September 2025 [2].',
    );
  });

  it('when the judge will not see a sentence again, stops at one the rules pass without confidence', () => {
    const text = `${CONVENORS} ${UNSURE} ${MEETING}\n`;
    expect(stream(text).at(-1)).toBe(`${CONVENORS} The first meeting takes place at ITU headquarters [2]. ${MEETING}`);
    expect(stream(text, { needConfidence: true })).toEqual([CONVENORS]);
  });
});
