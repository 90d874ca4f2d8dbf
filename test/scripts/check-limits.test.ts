/**
 * The house limits over the whole source tree, checked on every run (the
 * same check as `npx tsx scripts/check-limits.ts`): no file over 300 lines,
 * no line over 140 characters (prettier's printWidth; `npm run format`), no
 * function over 60 lines (test suites' describe/it callbacks excepted).
 */
import { describe, expect, it } from 'vitest';
import { breachesOf, checkTree, LIMITS } from '../../scripts/check-limits.ts';

describe('the house limits', () => {
  it('hold everywhere in retrieval/, bot/, bench/, scripts/, test/ and bin/', () => {
    expect(checkTree().map((b) => `${b.file}:${b.line} ${b.what}`)).toEqual([]);
  });

  it('are measured: long files, long lines and long functions are each reported', () => {
    const body = Array.from({ length: LIMITS.functionLines + 1 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const text = `function long() {\n${body}\n}\nconst s = '${'x'.repeat(LIMITS.lineChars)}';\n`;
    expect(breachesOf('f.ts', text).map((b) => b.what)).toEqual([
      `line of ${LIMITS.lineChars + 13} characters (limit ${LIMITS.lineChars})`,
      `function long of ${LIMITS.functionLines + 3} lines (limit ${LIMITS.functionLines})`,
    ]);
    expect(breachesOf('g.ts', 'x\n'.repeat(LIMITS.fileLines + 1))[0].what).toMatch(/lines \(limit 300\)/);
  });
});
