import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatVote } from '../../../../bot/cli/commands/votes.ts';
import { hashUser } from '../../../../bot/chat/votes.ts';
import { lockExclusive, tempStore, type TempStore } from '../../store/temp-store.ts';
import { useCli } from './run-cli.ts';

const cli = useCli();
let t: TempStore;

beforeEach(() => {
  t = tempStore();
  vi.stubEnv('IOTSEC_STATE_DB', t.path);
  vi.stubEnv('IOTSEC_FEEDBACK', join(t.dir, 'feedback.jsonl'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  t.cleanup();
});

const record = (vote: 'up' | 'down', question: string) =>
  t.store.votes.record({
    platform: 'discord',
    answerKey: question,
    userHash: hashUser('U'),
    vote,
    question,
    answer: 'a',
    citations: ['c:1'],
    time: '2025-06-01T10:00:00.000Z',
  });

describe('iotsec votes', () => {
  it('says when there are none, and lists votes one a line or as JSON', async () => {
    expect((await cli('votes')).out).toBe('No votes yet.');
    record('up', 'Who convenes?');
    record('down', 'When is the deadline?');
    expect((await cli('votes')).out.split('\n')).toEqual([
      '2025-06-01T10:00:00.000Z  👍  [discord] Who convenes?  (c:1)',
      '2025-06-01T10:00:00.000Z  👎  [discord] When is the deadline?  (c:1)',
    ]);
    const json = JSON.parse((await cli('votes', '--json')).out);
    expect(json.map((v: { vote: string }) => v.vote)).toEqual(['up', 'down']);
  });

  it('shows the votes of the legacy JSON Lines file, imported once', async () => {
    const legacy = {
      platform: 'slack',
      vote: 'up',
      question: 'Old question',
      answer: 'a',
      citations: [],
      userHash: 'x',
      time: '2024-01-01T00:00:00.000Z',
    };
    writeFileSync(join(t.dir, 'feedback.jsonl'), JSON.stringify(legacy) + '\n');
    expect((await cli('votes')).out).toContain('[slack] Old question');
    expect((await cli('votes')).out.split('\n')).toHaveLength(1);
  });

  it('formats a vote on one line, shortening long questions', () => {
    const line = formatVote({
      platform: 'slack',
      vote: 'down',
      question: 'q'.repeat(200),
      answer: '',
      citations: [],
      answerKey: 'k',
      userHash: 'h',
      time: 'T',
    });
    expect(line).toBe(`T  👎  [slack] ${'q'.repeat(80)}  ()`);
  });
});

describe('iotsec votes on a damaged or busy store', () => {
  it('skips a malformed row with a note instead of crashing', async () => {
    record('up', 'Who convenes?');
    t.raw("INSERT INTO votes VALUES ('slack', 'k', 'h', 'up', 'q', 'a', '{broken', '2025-01-01')");
    const run = await cli('votes');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Who convenes?');
    expect(run.err).toMatch(/^note: 1 unreadable vote row in .* skipped\.$/);
  });

  it('answers a damaged store with one line and exit code 1', async () => {
    t.store.close();
    writeFileSync(t.path, 'not a database '.repeat(500));
    const run = await cli('votes');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: The state store .* is damaged \(file is not a database\): move it aside/);
    expect(run.err.split('\n')).toHaveLength(1);
  });

  it('answers a store locked by another process with one line and exit code 1', async () => {
    t.store.close(); // exclusive locking mode needs the only connection to the WAL
    const lock = lockExclusive(t.path);
    try {
      const run = await cli('votes');
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^error: The state store .* is locked by another process .*: try again in a moment\.$/);
    } finally {
      lock.release();
    }
  });
});
