/**
 * The house limits for bot/ and test/bot/, checked on every run: no file
 * over 300 lines, no line over 140 characters (prettier's printWidth; see
 * `npm run format`), no function over 60 lines (measured with the
 * TypeScript parser; `describe` and `it` callbacks count as functions too).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './processes.ts';

const MAX_FILE_LINES = 300;
const MAX_LINE_CHARS = 140;
const MAX_FUNCTION_LINES = 60;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sources(join(REPO, 'bot')), ...sources(join(REPO, 'test', 'bot'))].map((path) => ({
  name: relative(REPO, path),
  text: readFileSync(path, 'utf8'),
}));

function longFunctions(name: string, text: string): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) found.push(`${name}:${start + 1} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('house limits in bot/ and test/bot/', () => {
  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    expect(files.filter((f) => f.text.split('\n').length > MAX_FILE_LINES).map((f) => f.name)).toEqual([]);
  });

  it(`has no line over ${MAX_LINE_CHARS} characters`, () => {
    const long = files.flatMap((f) =>
      f.text.split('\n').flatMap((line, i) => (line.length > MAX_LINE_CHARS ? [`${f.name}:${i + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f.name, f.text))).toEqual([]);
  });
});
