import { describe, expect, it } from 'vitest';
import { renderWith, type ReplyRenderer } from '../../../bot/chat/reply-renderer.ts';
import type { Answer } from '../../../retrieval/types.ts';

const renderer: ReplyRenderer<string> = {
  answer: (a, key) => [`answer:${a.answer}:${key}`],
  sources: (s) => [`sources:${s.length}`],
  help: (text) => [`help:${text}`],
  verification: (report, lang) => [`verification:${report.ok}:${lang}`],
  line: (text) => [`line:${text}`],
};

describe('renderWith', () => {
  it('sends each reply kind to its renderer; notices and errors are one line', () => {
    const answer = { answer: 'A' } as Answer;
    expect(renderWith(renderer, { kind: 'answer', answer, voteKey: 'k' })).toEqual(['answer:A:k']);
    expect(renderWith(renderer, { kind: 'sources', sources: [] })).toEqual(['sources:0']);
    expect(renderWith(renderer, { kind: 'help', text: 'h' })).toEqual(['help:h']);
    expect(renderWith(renderer, { kind: 'verification', report: { ok: true, sentences: [] }, lang: 'fr' })).toEqual([
      'verification:true:fr',
    ]);
    expect(renderWith(renderer, { kind: 'notice', text: 'n' })).toEqual(['line:n']);
    expect(renderWith(renderer, { kind: 'error', text: 'e', error: new Error('x') })).toEqual(['line:e']);
  });
});
