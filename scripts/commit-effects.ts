/**
 * What each commit did to the evaluation sets, measured as it landed: every
 * commit of BASE..HEAD that touches the product (`retrieval/`) is checked
 * out with its parent in a work tree of its own, built, and run on the
 * given sets; the table shows each commit's figures and what it moved.
 * Finds the change that cost a validation half something the tuning halves
 * never showed (this session's lesson: a comma rule that passed ten tuning
 * halves lost four held-out gold clauses).
 *
 *   npx tsx scripts/commit-effects.ts --base REV --questions eval/chat/val-10.json [--questions …]
 *
 * Chat sets (eval/chat, the sample) print gold@3 / precision / must / abstain_ok / false_abstain;
 * verifier sets (eval/verify) recall / precision / supported rejected. Counts only, no question.
 * A held-out half needs --allow-held-out: choosing a change by it makes it no longer held out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface Figures {
  /** The figures in print order. */
  values: string[];
}

const CHAT_METRICS = ['gold_at_3', 'citation_precision', 'must', 'abstain_ok', 'false_abstain'];

/** The five chat metrics of `iotsec eval`'s table ("| gold_at_3 | 0.563 |"). */
export function chatFigures(output: string): Figures {
  const row = (name: string) => new RegExp(`^\\|\\s*${name}\\s*\\|\\s*([^|]+?)\\s*\\|`, 'm').exec(output)?.[1] ?? '?';
  return { values: CHAT_METRICS.map(row) };
}

/** Recall, precision and supported sentences rejected from eval-verify's "all" row. */
export function verifyFigures(output: string): Figures {
  const cells = /^\|\s*all\s*\|(.*)\|\s*$/m
    .exec(output)?.[1]
    .split('|')
    .map((c) => c.trim());
  return { values: cells ? [cells[2], cells[5], cells[6].replace(/\s+/g, '')] : ['?', '?', '?'] };
}

/** One row: the commit, then each set's figures, a changed figure marked with its previous value. */
export function row(label: string, now: Figures[], before?: Figures[]): string {
  const cells = now.map((f, i) =>
    f.values.map((v, k) => (before && before[i].values[k] !== v ? `**${v}** (${before[i].values[k]})` : v)).join(' / '),
  );
  return `| ${label} | ${cells.join(' | ')} |`;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
/** A set's name with its kind: "chat/val-10", "verify/tune-9". */
const setName = (path: string) => `${basename(resolve(path, '..'))}/${basename(path, '.json')}`;

/** The commits of base..head that touch the product, oldest first, with their subjects. */
function productCommits(repo: string, base: string, head: string): Array<{ sha: string; subject: string }> {
  const out = git(repo, 'log', '--reverse', '--first-parent', '--format=%h%x09%s', `${base}..${head}`, '--', 'retrieval');
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, subject] = line.split('\t');
      return { sha, subject: subject.length > 60 ? `${subject.slice(0, 57)}…` : subject };
    });
}

/** Builds a revision in a throw-away work tree and runs every set on it. */
function measure(repo: string, rev: string, sets: string[]): Figures[] {
  const dir = mkdtempSync(join(tmpdir(), 'iotsec-effects-'));
  rmSync(dir, { recursive: true });
  git(repo, 'worktree', 'add', '--detach', '--force', dir, rev);
  try {
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'ignore' });
    return sets.map((set) => {
      const verify = set.includes(`${join('eval', 'verify')}`);
      const [cmd, args] = verify
        ? ['npx', ['tsx', join(dir, 'scripts', 'eval-verify.ts'), set]]
        : ['node', [join(dir, 'dist', 'cli.mjs'), 'eval', '--questions', set]];
      const output = execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      return verify ? verifyFigures(output) : chatFigures(output);
    });
  } finally {
    git(repo, 'worktree', 'remove', '--force', dir);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      questions: { type: 'string', multiple: true },
      'allow-held-out': { type: 'boolean', default: false },
    },
  });
  const sets = (values.questions ?? []).map((q) => resolve(q));
  if (!values.base || !sets.length) {
    console.error('Usage: npx tsx scripts/commit-effects.ts --base REV --questions FILE [--questions FILE …] [--head REV]');
    process.exit(2);
  }
  const missing = sets.find((s) => !existsSync(s));
  if (missing) throw new Error(`No such set: ${missing}`);
  const heldOut = sets.filter((s) => /held-out/.test(basename(s)));
  if (heldOut.length && !values['allow-held-out']) {
    console.error(`${basename(heldOut[0])} is a held-out half: choosing a change by it makes it no longer held out.`);
    console.error('Use a tuning or validation half, or pass --allow-held-out and say so (eval/chat/README.md).');
    process.exit(2);
  }
  const repo = git(process.cwd(), 'rev-parse', '--show-toplevel');
  const commits = productCommits(repo, values.base, values.head);
  console.log(`| commit | ${sets.map(setName).join(' | ')} |`);
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} |`);
  let before = measure(repo, values.base, sets);
  console.log(row(`${values.base} (base)`, before));
  for (const c of commits) {
    const now = measure(repo, c.sha, sets);
    console.log(row(`${c.sha} ${c.subject}`, now, before));
    before = now;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
