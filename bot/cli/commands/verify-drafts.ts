/**
 * `iotsec verify`: a convenor's draft on stdin, checked sentence by sentence
 * against the clauses it cites. `--json`: one {"text", "sources"} object per
 * line, markers [n] indexing sources, one JSON report per line out. Plain:
 * the whole of stdin as one text citing clauses inline by id or label.
 * Exit 0 only when every sentence passes.
 */
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';
import type { Assistant, DraftInput, DraftReport } from '../../../retrieval/assistant.ts';

export async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The drafts of `--json` input, one per non-empty line; a bad line is one clear error. */
export function parseDraftLines(input: string): DraftInput[] {
  return input.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CodedError(
        ErrorCode.ConfigInvalid,
        `Line ${i + 1} of stdin is not JSON: expected {"text": "… [1]", "sources": ["clause-id"]}.`,
      );
    }
    const v = value as { text?: unknown; sources?: unknown };
    if (
      typeof v.text !== 'string' ||
      (v.sources !== undefined && !(Array.isArray(v.sources) && v.sources.every((s) => typeof s === 'string')))
    ) {
      throw new CodedError(ErrorCode.ConfigInvalid, `Line ${i + 1} of stdin: expected {"text": string, "sources": [clause ids]}.`);
    }
    return [{ text: v.text, ...(v.sources ? { sources: v.sources as string[] } : {}) }];
  });
}

export function formatReport(report: DraftReport): string {
  return report.sentences
    .map((s) =>
      [
        `${s.ok ? '✓' : '✗'} ${s.text}${s.sources.length ? `  [${s.sources.join(', ')}]` : ''}`,
        ...s.reasons.map((r) => `    ${r.code}: ${r.detail}`),
      ].join('\n'),
    )
    .join('\n');
}

/** Runs the command; returns the reports' lines to print and whether all passed. */
export async function verifyDrafts(
  assistant: Assistant,
  input: string,
  opts: { json?: boolean; llm?: boolean },
): Promise<{ out: string; ok: boolean }> {
  const drafts = opts.json ? parseDraftLines(input) : [{ text: input }];
  if (!drafts.length || !drafts.some((d) => d.text.trim()))
    throw new CodedError(ErrorCode.EmptyQuestion, 'Nothing to verify: give the draft on stdin.');
  const reports: DraftReport[] = [];
  for (const draft of drafts) reports.push(await assistant.verify(draft, { llm: opts.llm }));
  const out = opts.json ? reports.map((r) => JSON.stringify(r)).join('\n') : reports.map(formatReport).join('\n\n');
  return { out, ok: reports.every((r) => r.ok) };
}
