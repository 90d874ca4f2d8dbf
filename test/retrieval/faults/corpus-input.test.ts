import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS } from '../../../retrieval/ingest/split-oversized.ts';
import { canRun, cli, CONVENORS_QUESTION, open, seedCorpus, temp, useTempDirs } from './helpers.ts';

useTempDirs();

const RESOLUTION = 'Scope\n– the group examines the security of IoT device management across study groups;\n';

describe('corpus input', () => {
  it('decodes a Windows-1252 file: accents and typographic quotes kept, no U+FFFD', async () => {
    const corpus = await temp();
    const text =
      'Méthodes de travail\n– Les coresponsables sont M. René Lefèvre et Mme Zoë Müller, ' +
      'désignés l’été dernier pour la sécurité de l’IoT;\n';
    await writeFile(join(corpus, 'tor.txt'), iconv.encode(text, 'windows-1252'));
    const assistant = await open(corpus, await temp());
    const answer = await assistant.ask('Qui sont les coresponsables ?');
    expect(answer.citations[0]?.text).toContain('M. René Lefèvre et Mme Zoë Müller, désignés l’été dernier');
    expect(JSON.stringify(answer)).not.toContain('\ufffd');
  });

  it('skips binary junk with one note per file, and never shows its bytes', async () => {
    const corpus = await seedCorpus();
    await mkdir(join(corpus, 'junk'));
    for (const name of ['a.txt', 'b.md', 'c.html']) await writeFile(join(corpus, 'junk', name), randomBytes(6000));
    const assistant = await open(corpus, await temp());
    expect(assistant.notices.filter((n) => /^Skipped .*junk\/\w\.\w+: not a text document/.test(n))).toHaveLength(3);
    expect(assistant.sources().map((s) => s.id)).not.toContain('a');
    const answer = await assistant.ask('What does the binary blob say about quantum teleportation?');
    expect(JSON.stringify([...answer.citations, ...answer.related])).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  });

  it('refuses an empty corpus with a one-line coded error and a hint', async () => {
    const empty = await temp();
    await writeFile(join(empty, 'notes.csv'), 'a,b\n');
    const result = await cli(['--corpus', empty, '--index', await temp(), '--embeddings', 'off', 'ask', 'hello there']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: Nothing to index in .*: it holds no supported document\. Add \.txt, \.md/);
    const unreadable = await temp();
    await writeFile(join(unreadable, 'x.txt'), randomBytes(3000));
    await expect(open(unreadable, await temp())).rejects.toMatchObject({ code: 'corpus_empty' });
  });

  it('reads only regular files: a FIFO in the corpus does not hang any command', async (ctx) => {
    if (!(await canRun('mkfifo', ['--version']))) return ctx.skip();
    const corpus = await seedCorpus();
    execFileSync('mkfifo', [join(corpus, 'documents', 'pipe.txt')]);
    const args = ['--corpus', corpus, '--index', await temp(), '--embeddings', 'off', 'ask', CONVENORS_QUESTION];
    const result = await cli(args, { timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Skipped .*pipe\.txt: it is a FIFO, not a regular file/);
    expect(result.stdout).toContain('Bret Jordan');
  });

  it('strips terminal escapes and control characters, keeping the structure', async () => {
    const corpus = await temp();
    const text =
      'Scope\r\n– the group \u001b[31mexamines\u001b[0m the security\u0007 of IoT ' +
      '\u001b]0;pwned\u0007device management\u202e across study groups;\r\n';
    await writeFile(join(corpus, 'tor.txt'), text);
    const assistant = await open(corpus, await temp());
    const clause = assistant.clause('tor:scope:item-1');
    expect(clause?.text).toBe('the group examines the security of IoT device management across study groups;');
  });

  it('names the file, line and column of a malformed manifest.json', async () => {
    const corpus = await temp();
    await writeFile(join(corpus, 'tor.txt'), RESOLUTION);
    await writeFile(join(corpus, 'manifest.json'), '{\n  "version": 1,\n  "documents": [\n');
    const result = await cli(['--corpus', corpus, '--index', await temp(), '--embeddings', 'off', 'sources']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json: not valid JSON at line 4, column 1 \(unexpected end of JSON input\)/);
  });

  it('keeps ask fast next to a single 20 MB text file: giant paragraphs become citable parts', async () => {
    const corpus = await seedCorpus();
    const questions = [CONVENORS_QUESTION, 'What is the deadline for contributions?', 'Which study group leads IoT security?'];
    const baseline = await askTimes(await open(corpus, await temp()), questions);
    const sentence = 'The security of connected devices requires coordination between study groups and member states. ';
    await writeFile(join(corpus, 'documents', 'big.txt'), `Annual report\n\n${sentence.repeat(Math.ceil(20e6 / sentence.length))}\n`);
    const big = await open(corpus, await temp());
    const withBig = await askTimes(big, questions);
    const parts = big.sources().find((s) => s.id === 'big');
    expect(parts?.clauses).toBeGreaterThan(5000);
    expect(big.clause('big:annual-report:para-1:part-2')?.label).toMatch(/\(part 2\)$/);
    const citedLengths = (await askAll(big, questions)).flatMap((a) => a.citations.map((c) => c.text.length));
    expect(Math.max(0, ...citedLengths)).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
    const slowest = Math.max(...withBig);
    console.error(`[20 MB] ask p-max ${slowest.toFixed(0)} ms vs baseline ${Math.max(...baseline).toFixed(0)} ms`);
    expect(slowest).toBeLessThan(2000);
    expect(slowest).toBeLessThan(3 * Math.max(...baseline) + 150);
  }, 120_000);
});

async function askTimes(assistant: Awaited<ReturnType<typeof open>>, questions: string[]): Promise<number[]> {
  await assistant.ask(questions[0]);
  const times: number[] = [];
  for (const q of questions) {
    const started = performance.now();
    await assistant.ask(q);
    times.push(performance.now() - started);
  }
  return times;
}

function askAll(assistant: Awaited<ReturnType<typeof open>>, questions: string[]) {
  return Promise.all(questions.map((q) => assistant.ask(q)));
}
