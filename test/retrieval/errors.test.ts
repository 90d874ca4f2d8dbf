import { describe, expect, it } from 'vitest';
import { asCodedError, CodedError, ErrorCode, userLine } from '../../retrieval/errors.ts';

describe('coded errors', () => {
  it('keep their code, fields and cause', () => {
    const cause = new Error('ENOENT: no such file');
    const e = new CodedError(ErrorCode.CorpusMissing, 'No corpus at ./corpus: set IOTSEC_CORPUS_DIR', {
      cause,
      fields: { dir: './corpus' },
    });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'CodedError', code: 'corpus_missing', fields: { dir: './corpus' }, cause });
    expect(new CodedError(ErrorCode.Unknown, 'x').fields).toEqual({});
  });
});

describe('asCodedError', () => {
  it('returns a coded error as it is', () => {
    const e = new CodedError(ErrorCode.IndexDamaged, 'The saved index is damaged');
    expect(asCodedError(e)).toBe(e);
  });

  it('wraps anything else as unknown, keeping it as the cause and only the first line of its message', () => {
    const error = new TypeError('Cannot read properties of undefined\n    at parse (itu-parser.ts:12:3)');
    const wrapped = asCodedError(error);
    expect(wrapped).toBeInstanceOf(CodedError);
    expect(wrapped.code).toBe(ErrorCode.Unknown);
    expect(wrapped.message).toBe('Unexpected error: Cannot read properties of undefined');
    expect(wrapped.cause).toBe(error);
    expect(asCodedError('socket hang up')).toMatchObject({
      code: ErrorCode.Unknown,
      message: 'Unexpected error: socket hang up',
      cause: 'socket hang up',
    });
    expect(asCodedError(undefined).message).toBe('Unexpected error: undefined');
  });
});

describe('userLine: the one line a user sees', () => {
  it('is the first line of the message, whatever was thrown', () => {
    expect(userLine(new CodedError(ErrorCode.QuestionTooLong, 'The question is over 4,000 characters.\nShorten it.'))).toBe(
      'The question is over 4,000 characters.',
    );
    expect(userLine(new Error('first\nsecond\nthird'))).toBe('Unexpected error: first');
    expect(userLine(42)).toBe('Unexpected error: 42');
  });

  it('is never longer than 300 characters', () => {
    const line = userLine(new CodedError(ErrorCode.LlmFailed, 'x'.repeat(1000)));
    expect(line).toHaveLength(300);
    expect(userLine(new Error('y'.repeat(1000))).length).toBeLessThanOrEqual(300);
    expect(userLine(new Error('y'.repeat(1000)))).not.toContain('\n');
  });
});
