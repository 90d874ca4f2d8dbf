/**
 * `npx tsx scripts/check-limits.ts [DIR …]`: the house limits — no source
 * file over 300 lines, no function over 60 lines, no line over 140
 * characters (data files excepted). Prints each breach; exit 1 when any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../retrieval/config.ts';

export const LIMITS = { fileLines: 300, functionLines: 60, lineChars: 140 };
const ROOTS = ['retrieval', 'bot', 'bench', 'scripts', 'test', 'bin'];

export interface Breach {
  file: string;
  line: number;
  what: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(name) ? [path] : [];
  });
}

/** The breaches of one file's text. */
export function breachesOf(file: string, text: string): Breach[] {
  const out: Breach[] = [];
  const lines = text.split('\n');
  if (lines.length > LIMITS.fileLines) out.push({ file, line: 1, what: `${lines.length} lines (limit ${LIMITS.fileLines})` });
  lines.forEach((l, i) => {
    if (l.length > LIMITS.lineChars) out.push({ file, line: i + 1, what: `line of ${l.length} characters (limit ${LIMITS.lineChars})` });
  });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as ts.FunctionLikeDeclaration).name?.getText() ?? '(anonymous)';
      // A test suite's describe() callback is a list of cases, not a function to read as one.
      const suite = ts.isCallExpression(node.parent) && /^(describe|it|test)\b/.test(node.parent.expression.getText());
      if (end - start + 1 > LIMITS.functionLines && !suite)
        out.push({ file, line: start + 1, what: `function ${name} of ${end - start + 1} lines (limit ${LIMITS.functionLines})` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function checkTree(roots = ROOTS): Breach[] {
  return roots.flatMap((r) => sourceFiles(join(REPO_ROOT, r))).flatMap((f) => breachesOf(relative(REPO_ROOT, f), readFileSync(f, 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const breaches = checkTree(process.argv.length > 2 ? process.argv.slice(2) : ROOTS);
  for (const b of breaches) console.log(`${b.file}:${b.line} ${b.what}`);
  console.log(`${breaches.length} breaches`);
  process.exit(breaches.length ? 1 : 0);
}
