import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../../bot/chat/recent-answers.ts';

const answer = (question: string) => ({ question, answer: 'a', citations: [], lang: 'en' as const });

describe('RecentAnswers', () => {
  it('gives short keys that fit a Discord custom_id and a Slack button value', () => {
    const recent = new RecentAnswers();
    const key = recent.add(answer('q'));
    expect(key).toMatch(/^[\w-]{12}$/);
    expect(recent.get(key)?.question).toBe('q');
  });

  it('is bounded: the oldest answers are forgotten first', () => {
    const recent = new RecentAnswers(2);
    const keys = ['a', 'b', 'c'].map((q) => recent.add(answer(q)));
    expect(keys.map((k) => recent.get(k)?.question)).toEqual([undefined, 'b', 'c']);
  });
});
