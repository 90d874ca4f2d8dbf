import { describe, expect, it } from 'vitest';
import { rewriteFollowUp } from '../../../retrieval/query/follow-up.ts';
import type { Turn } from '../../../retrieval/types.ts';

const turn = (question: string): Turn => ({ question, answer: { answer: '…', citations: [], abstained: false } });
const FIRST = 'Who are the co-convenors of JCG-IoTSec?';
/** Counts words as concepts: enough to tell a question with its own topic from one without. */
const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 3).length;

describe('a follow-up in a thread', () => {
  it('is searched with the previous question when it points back', () => {
    expect(rewriteFollowUp('Which working party does the first one chair?', [turn(FIRST)], words)).toBe(
      `${FIRST} Which working party does the first one chair?`,
    );
    expect(
      rewriteFollowUp('Quel groupe de travail préside-t-il exactement, parmi les deux ?', [turn('Qui dirige le JCG-IoTSec ?')], words),
    ).toBe('Qui dirige le JCG-IoTSec ? Quel groupe de travail préside-t-il exactement, parmi les deux ?');
    expect(rewriteFollowUp('¿Y cuál es su dirección de correo electrónico oficial?', [turn('¿Quién coordina el grupo?')], words)).toMatch(
      /^¿Quién coordina el grupo\? /,
    );
  });

  it('is searched with the previous question when it continues it', () => {
    expect(rewriteFollowUp('and what about Study Group twenty instead?', [turn(FIRST)], words)).toBe(
      `${FIRST} and what about Study Group twenty instead?`,
    );
    const fr = rewriteFollowUp('et pour la Commission d’études vingt maintenant ?', [turn('Qui préside la CE 17 ?')], words);
    expect(fr).toMatch(/^Qui préside la CE 17 \? et pour/);
  });

  it('is searched with the previous question when it has too few concepts of its own', () => {
    expect(rewriteFollowUp('and the deadline?', [turn('When is the first JCG-IoTSec meeting?')], () => 1)).toBe(
      'When is the first JCG-IoTSec meeting? and the deadline?',
    );
  });

  it('stays as asked when it stands on its own, or when there is no thread', () => {
    const standalone = 'What is the deadline for contributions to the JCG-IoTSec meeting in Geneva?';
    expect(rewriteFollowUp(standalone, [turn(FIRST)], words)).toBe(standalone);
    expect(rewriteFollowUp('Quelle est la date limite des contributions pour la réunion de Genève ?', [turn(FIRST)], words)).toBe(
      'Quelle est la date limite des contributions pour la réunion de Genève ?',
    );
    expect(rewriteFollowUp('Which working party does the first one chair?', [], words)).toBe(
      'Which working party does the first one chair?',
    );
  });

  it('takes only the latest turn, and only the end of a long previous question', () => {
    const long = `${'context '.repeat(60)}Who chairs WP 2/17?`;
    const out = rewriteFollowUp('and the other one?', [turn('an older question'), turn(long)], words);
    expect(out).toBe(`${long.slice(-300)} and the other one?`);
    expect(out).not.toContain('older');
  });

  // Bug: "the first" counts as pointing back even when a noun follows ("the first JCG-IoTSec
  // meeting"), so a standalone question is searched with the previous one's words as well.
  it('stays as asked when "the first" qualifies a noun instead of pointing back', () => {
    const standalone = 'What is the deadline for contributions to the first JCG-IoTSec meeting?';
    expect(rewriteFollowUp(standalone, [turn(FIRST)], words)).toBe(standalone);
  });
});
