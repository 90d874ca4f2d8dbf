import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCore, type ChatReply, type ChatStep } from '../../../bot/chat/chat-core.ts';
import { CHAT_TEXTS } from '../../../bot/chat/help-texts.ts';
import { RateLimiter } from '../../../bot/chat/rate-limit.ts';
import type { Assistant } from '../../../retrieval/assistant.ts';
import { openAssistant } from '../../../retrieval/open-assistant.ts';
import { tempStore, type TempStore } from '../store/temp-store.ts';

const QUESTION = 'Who are the co-convenors of JCG-IoTSec?';
let dir: string;
let assistant: Assistant;
let t: TempStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chat-core-'));
  assistant = await openAssistant({ corpusDir: 'corpus', indexDir: join(dir, 'index'), embeddings: 'off' });
  t = tempStore();
});
afterAll(async () => {
  t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const core = (limiter = new RateLimiter(1000, 1000)) =>
  new ChatCore({ assistant, votes: t.store.votes, memory: t.store.conversations, limiter });
const ctx = { threadKey: 'C1:1', userId: 'U1' };
const reply = (step: ChatStep): ChatReply => (step.kind === 'reply' ? step.reply : ({ kind: 'notice', text: 'was a search' } as const));

describe('ChatCore.begin: what needs a search and what is answered at once', () => {
  it('answers help, empty, unknown and sources at once, in the asker’s language where there is a table', () => {
    const c = core();
    expect(reply(c.begin({ kind: 'help' }, 'es'))).toEqual({ kind: 'help', text: CHAT_TEXTS.es.help });
    expect(reply(c.begin({ kind: 'empty' }, 'fr'))).toEqual({ kind: 'notice', text: CHAT_TEXTS.fr.askHint });
    expect(reply(c.begin({ kind: 'unknown', word: 'frob' }))).toMatchObject({ text: /^Unknown command "frob"/ });
    expect(reply(c.begin({ kind: 'sources' }))).toMatchObject({ kind: 'sources', sources: assistant.sources() });
    for (const kind of ['summary', 'mandate'] as const) expect(c.begin({ kind, topic: '' }).kind).toBe('search');
    expect(c.begin({ kind: 'ask', question: QUESTION }).kind).toBe('search');
  });

  it('checks a question once, with the core’s own check and wording, before any search', () => {
    const step = core().begin({ kind: 'ask', question: 'x'.repeat(4001) }, 'fr');
    expect(reply(step)).toEqual({ kind: 'notice', text: 'The question is 4001 characters long; the limit is 4000. Please shorten it.' });
  });
});

describe('ChatCore searches', () => {
  it('answers with a vote key and remembers the turn for follow-ups', async () => {
    const c = core();
    const answer = await c.handle({ kind: 'ask', question: QUESTION }, ctx);
    expect(answer).toMatchObject({ kind: 'answer', voteKey: expect.stringMatching(/^[\w-]{12}$/) });
    expect(c.memory.history(ctx.threadKey).map((x) => x.question)).toContain(QUESTION);
  });

  it('takes the rate limit when the search runs, after the adapter’s placeholder', async () => {
    const c = core(new RateLimiter(1, 1));
    const step = c.begin({ kind: 'ask', question: QUESTION });
    const other = c.begin({ kind: 'ask', question: QUESTION });
    if (step.kind !== 'search' || other.kind !== 'search') throw new Error('expected searches');
    expect((await step.run({ ...ctx, userId: 'U9' })).kind).toBe('answer');
    expect(await other.run({ ...ctx, userId: 'U9' })).toMatchObject({ kind: 'notice', text: /please wait \d+s/ });
  });

  it('still answers when the thread memory cannot be written (a locked store costs context, not the answer)', async () => {
    const c = core();
    const lock = t.lock();
    try {
      expect((await c.handle({ kind: 'ask', question: QUESTION }, { threadKey: 'locked', userId: 'U2' })).kind).toBe('answer');
    } finally {
      lock.release();
    }
  });
});

describe('ChatCore votes and "Show clause"', () => {
  const click = (c: ChatCore, voteKey: string, vote: 'up' | 'down' = 'up') =>
    c.vote({
      platform: 'slack',
      answerKey: voteKey,
      userId: 'U3',
      vote,
      fromMessage: () => ({ question: '', answer: 'from message', citations: [] }),
    });

  it('records what the answer was about, thanks once committed, and counts a double click once', async () => {
    const c = core();
    const answer = await c.handle({ kind: 'ask', question: QUESTION }, ctx);
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    expect(click(c, answer.voteKey)).toEqual({ recorded: true, text: CHAT_TEXTS.en.voteUp });
    expect(click(c, answer.voteKey)).toEqual({ recorded: true, text: CHAT_TEXTS.en.voteUp });
    const mine = t.store.votes.list().votes.filter((v) => v.answerKey === answer.voteKey);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ question: QUESTION, citations: answer.answer.citations.map((x) => x.id) });
  });

  it('does not acknowledge a vote whose write fails; the next click records it', () => {
    const c = core();
    const lock = t.lock();
    try {
      expect(click(c, 'fault-key', 'down')).toEqual({ recorded: false, text: CHAT_TEXTS.en.voteFailed });
    } finally {
      lock.release();
    }
    expect(t.store.votes.list().votes.some((v) => v.answerKey === 'fault-key')).toBe(false);
    expect(click(c, 'fault-key', 'down')).toEqual({ recorded: true, text: CHAT_TEXTS.en.voteDown });
    expect(t.store.votes.list().votes.filter((v) => v.answerKey === 'fault-key')).toMatchObject([{ vote: 'down', answer: 'from message' }]);
  });

  it('shows a clause verbatim, or says it is gone after re-indexing', () => {
    const c = core();
    const id = 'wtsa-res-98:recalling:f';
    expect(c.showClause(id)).toMatchObject({ kind: 'clause', clause: { id } });
    expect(c.showClause('gone:1', 'fr')).toEqual({ kind: 'notice', text: CHAT_TEXTS.fr.clauseGone });
  });
});
