/**
 * A convenor's own draft, checked like a model's answer: sentences with [n]
 * markers into a list of clause ids, or plain text citing clauses inline by
 * id or label ("… [wtsa-res-98:recalling:f]", "… [Res. 98 › recalling › f)]").
 */
import { MESSAGES } from '../answer/messages.ts';
import { CodedError, ErrorCode, MAX_DRAFT_CHARS } from '../errors.ts';
import { verifyAnswer, type Judge, type SupportChecker } from '../answer/verify.ts';
import type { ClauseStore } from '../ingest/clause-store.ts';
import { detectLanguage } from '../query/language.ts';
import { fold } from '../text.ts';
import type { Clause } from '../types.ts';
import { sourceClause } from './evidence.ts';
import type { Reason, RuleChecker } from './rules.ts';

export interface DraftInput {
  text: string;
  /** Clause ids or labels; marker [n] names sources[n - 1]. Absent: the text names its clauses in brackets. */
  sources?: string[];
}

export interface DraftSentence {
  text: string;
  ok: boolean;
  /** The clause ids the sentence cites (the reference as written when it names no clause). */
  sources: string[];
  reasons: Reason[];
}

export interface DraftReport {
  ok: boolean;
  sentences: DraftSentence[];
}

const INLINE = /\[([^\]\n]*[^\d\]\n][^\]\n]*)\]/g;

/** Inline references become numbered markers: "… [Res. 98 › recalling › f)]" → "… [1]" with sources ["Res. 98 › recalling › f)"]. */
export function numberInline(text: string): { text: string; sources: string[] } {
  const sources: string[] = [];
  const numbered = text.replace(INLINE, (_, ref: string) => {
    const refs = ref
      .split(/\]\s*\[|;\s*/)
      .map((r) => r.trim())
      .filter(Boolean);
    return refs
      .map((r) => {
        if (!sources.includes(r)) sources.push(r);
        return `[${sources.indexOf(r) + 1}]`;
      })
      .join('');
  });
  return { text: numbered, sources };
}

const key = (s: string) =>
  fold(s)
    .replace(/\s*›\s*/g, '›')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The clause a reference names: its id or label exactly, else the one clause
 * whose id or label path starts, segment by segment, with the given segments
 * ("Res. 98 › resolves › 1" finds "Res. 98 › resolves to instruct SG20 › 1").
 */
export function resolveClause(ref: string, store: ClauseStore): Clause | undefined {
  const exact = store.indexOf(ref.trim());
  if (exact >= 0) return store.clauses[exact];
  const wanted = key(ref);
  const byLabel = store.clauses.filter((c) => key(c.label) === wanted);
  if (byLabel.length === 1) return byLabel[0];
  const [sep, parts] = wanted.includes('›') ? ['›', wanted.split('›')] : [':', wanted.split(':')];
  const matches = store.clauses.filter((c) => {
    const have = sep === '›' ? key(c.label).split('›') : c.id.split(':');
    return have.length === parts.length && parts.every((p, i) => have[i] === p || (p.length > 1 && have[i].startsWith(p)));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** What checking a draft needs: the store and the rules; a judge when the model is asked for. */
export interface DraftContext {
  store: ClauseStore;
  rules: RuleChecker;
  judge?: Judge;
}

/** Every sentence of a draft, supported or not, with its reasons. */
export async function checkDraft(draft: DraftInput, ctx: DraftContext): Promise<DraftReport> {
  if (draft.text.length > MAX_DRAFT_CHARS) {
    const message = `The draft is ${draft.text.length} characters long; the limit is ${MAX_DRAFT_CHARS}. Check it in parts.`;
    throw new CodedError(ErrorCode.QuestionTooLong, message);
  }
  const { text, sources } = draft.sources ? { text: draft.text, sources: draft.sources } : numberInline(draft.text);
  const clauses = sources.map((ref) => resolveClause(ref, ctx.store));
  const lang = detectLanguage(text);
  const checker: SupportChecker = {
    rules: ctx.rules,
    lang,
    sources: clauses.map((c) => c && sourceClause(c, ctx.store.docs)),
    ...(ctx.judge ? { judge: ctx.judge } : {}),
  };
  const verdict = await verifyAnswer(text, MESSAGES[lang].abstain, checker);
  if (verdict.hostile)
    return { ok: false, sentences: [{ text, ok: false, sources: [], reasons: [{ code: 'unknown-source', detail: verdict.problems[0] }] }] };
  const sentences = verdict.sentences.map((s) => ({
    text: s.text,
    ok: s.ok,
    sources: s.cites.map((n) => clauses[n - 1]?.id ?? sources[n - 1] ?? `[${n}]`),
    reasons: s.reasons.map((r) => (r.code === 'unknown-source' ? { ...r, detail: unknownDetail(r.detail, s.cites, sources, clauses) } : r)),
  }));
  return { ok: sentences.length > 0 && sentences.every((s) => s.ok), sentences };
}

function unknownDetail(detail: string, cites: number[], sources: string[], clauses: Array<Clause | undefined>): string {
  const missing = cites.filter((n) => !clauses[n - 1]).map((n) => (sources[n - 1] ? `"${sources[n - 1]}"` : `[${n}]`));
  return missing.length ? `${missing.join(', ')} names no clause of the corpus (ids and labels appear in \`ask --json\`)` : detail;
}
