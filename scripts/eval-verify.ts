/**
 * Citation-verifier evaluation (`npm run eval:verify -- [FILE] [--details]`).
 * Each item of eval/verify/*.json is a sentence with [n] markers and, per
 * marker, a verbatim snippet locating its clause. The snippet is mapped to
 * the parsed clause containing it (or, for a heading line the parser keeps
 * only as context, to that line of the corpus file), and the sentence is
 * verified exactly as the model path verifies an answer (rules only: no
 * model is configured here). Prints the recall of unsupported sentences and
 * the precision of rejections, for English, French and Spanish apart.
 * The held-out file prints counts only (eval/verify/README.md); `--by-kind` adds counts per kind of sentence, `--digest`
 * one hash of every verdict with its reasons (shows nothing, so a change meant to keep every verdict can be checked on
 * the held-out files too).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAnswer, type SupportChecker } from '../retrieval/answer/verify.ts';
import { MESSAGES } from '../retrieval/answer/messages.ts';
import { openStages } from '../retrieval/open-assistant.ts';
import type { Clause, DocumentMeta, Lang } from '../retrieval/types.ts';
import { sourceClause } from '../retrieval/verify/evidence.ts';
import { RuleChecker, type SourceClause } from '../retrieval/verify/rules.ts';

interface Item {
  id: string;
  lang: Lang;
  kind: string;
  supported: boolean;
  text: string;
  sources: string[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'eval/verify/tune.json';
const heldOut = /held-out/.test(file);
const details = args.includes('--details') && !heldOut;

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const linesOf = new Map<string, string[]>();

/** A document's lines, read once for every snippet. */
function documentLines(doc: DocumentMeta): string[] {
  let lines = linesOf.get(doc.id);
  if (!lines) linesOf.set(doc.id, (lines = readFileSync(join(process.env.IOTSEC_CORPUS ?? 'corpus', doc.file), 'utf8').split('\n')));
  return lines;
}

function locate(snippet: string, clauses: readonly Clause[], docs: ReadonlyMap<string, DocumentMeta>): SourceClause | undefined {
  const n = norm(snippet);
  const clause = clauses.find((c) => norm(c.text).includes(n));
  if (clause) return sourceClause(clause, docs);
  for (const doc of docs.values()) {
    const lines = documentLines(doc);
    const at = lines.findIndex((l) => norm(l).includes(n));
    if (at < 0) continue;
    // A line with its paragraph's number ("2.1.2 The meeting appointed …"), or one printed line of a paragraph laid out
    // as a PDF prints it: the clause whose span holds the line.
    const offset = lines.slice(0, at).reduce((sum, l) => sum + l.length + 1, 0);
    const holder = clauses
      .filter((c) => c.docId === doc.id && c.scope !== 'document' && c.start <= offset && offset < c.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (holder) return sourceClause(holder, docs);
    // Headings ("décide de charger la Commission d'études 20 …") are context of their items, not clauses: cite the line itself.
    return { id: `${doc.id}:line-${at + 1}`, docId: doc.id, text: lines[at].trim(), lang: doc.language };
  }
  return undefined;
}

const indexDir = mkdtempSync(join(tmpdir(), 'iotsec-eval-verify-'));
try {
  const stages = await openStages({ indexDir, embeddings: 'off' });
  const rules = new RuleChecker(
    stages.support,
    stages.store.docs,
    stages.store.clauses.map((c) => c.text),
  );
  const items = JSON.parse(readFileSync(file, 'utf8')) as Item[];
  const rows = [];
  const started = performance.now();
  for (const item of items) {
    const sources = item.sources.map((s) => locate(s, stages.store.clauses, stages.store.docs));
    if (sources.some((s) => !s)) throw new Error(`${item.id}: a source snippet is in no clause`);
    const checker: SupportChecker = { rules, lang: item.lang, sources };
    const verdict = await verifyAnswer(item.text, MESSAGES[item.lang].abstain, checker);
    rows.push({ item, rejected: !verdict.ok, problems: verdict.problems });
    if (process.env.VERIFY_TRACE && !heldOut) {
      const cov = verdict.sentences.map((s) =>
        rules
          .check({ text: s.text, raw: s.text, cites: s.cites, segments: [{ text: s.text, cites: s.cites }] }, sources, item.lang)
          .coverage.toFixed(2),
      );
      console.log(
        [item.id, item.supported ? 'S' : 'U', item.kind.padEnd(15), `cov=${cov.join(',')}`, verdict.ok ? 'pass' : 'REJECT']
          .concat(verdict.problems.map((p) => p.slice(0, 60)))
          .join(' '),
      );
    }
  }
  const ms = performance.now() - started;
  console.log(`${file}: ${items.length} sentences verified in ${ms.toFixed(0)} ms`);
  console.log('| lang | unsupported | caught | recall | rejected | correctly | precision | supported wrongly rejected |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const lang of ['en', 'fr', 'es', 'all'] as const) {
    const mine = rows.filter((r) => lang === 'all' || r.item.lang === lang);
    const unsupported = mine.filter((r) => !r.item.supported);
    const caught = unsupported.filter((r) => r.rejected).length;
    const rejected = mine.filter((r) => r.rejected).length;
    const wrong = mine.filter((r) => r.item.supported && r.rejected).length;
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
    console.log(
      [lang, unsupported.length, caught, ratio(caught, unsupported.length), rejected, rejected - wrong, ratio(rejected - wrong, rejected)]
        .concat(`${wrong} / ${mine.length - unsupported.length}`)
        .reduce((row: string, cell) => `${row} ${cell} |`, '|'),
    );
  }
  if (args.includes('--by-kind')) {
    // Counts per kind of sentence (kind × language): safe on the held-out file, no sentence is shown.
    console.log('\n| kind | lang | judged right | of |');
    console.log('| --- | --- | --- | --- |');
    const keys = [...new Set(rows.map((r) => `${r.item.kind}|${r.item.lang}`))].sort();
    for (const key of keys) {
      const mine = rows.filter((r) => `${r.item.kind}|${r.item.lang}` === key);
      const right = mine.filter((r) => r.rejected !== r.item.supported).length;
      console.log(`| ${key.replace('|', ' | ')} | ${right} | ${mine.length} |`);
    }
  }
  if (args.includes('--digest')) {
    const verdicts = rows.map((r) => [r.item.id, r.rejected, r.problems]);
    console.log(`digest ${createHash('sha256').update(JSON.stringify(verdicts)).digest('hex').slice(0, 16)}`);
  }
  if (details) {
    for (const r of rows.filter((x) => x.rejected === x.item.supported)) {
      console.log(`\n${r.item.id} ${r.item.lang} ${r.item.kind} ${r.item.supported ? 'FALSE REJECTION' : 'MISSED'}: ${r.item.text}`);
      for (const p of r.problems) console.log(`   - ${p}`);
    }
  }
} finally {
  rmSync(indexDir, { recursive: true, force: true });
}
