/**
 * Generated answers that keep the clause rule: the model sees numbered
 * clauses, its answer is verified sentence by sentence (and shown while it
 * streams only as far as it has passed), repaired once when it fails, and
 * replaced by the extractive answer (with a one-line note) when it still
 * fails, the model is unavailable, or the answer's deadline passes.
 */
import { asCodedError } from '../errors.ts';
import type { AnswerModel, ChatMessage } from '../llm/answer-model.ts';
import { abortReason } from '../llm/deadline.ts';
import { formatSources, renderPrompt, type PromptName } from '../llm/prompts.ts';
import type { Answer, Citation, Clause, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { sourceClause } from '../verify/evidence.ts';
import { modelJudge } from '../verify/judge.ts';
import type { RuleChecker } from '../verify/rules.ts';
import { toCitation } from './extractive.ts';
import { languageName, MESSAGES } from './messages.ts';
import { VerifiedStream } from './verified-stream.ts';
import { renumber, verifyAnswer, type SupportChecker, type Verdict } from './verify.ts';

export interface GenerateInput {
  prompt: Extract<PromptName, 'answer' | 'summary' | 'onboarding'>;
  question: string;
  lang: Lang;
  sources: Hit[];
  /** What the user gets when the model fails: the extractive answer. */
  fallback: Answer;
  extra?: Record<string, string>;
  /** Receives the verified part of the answer as it streams, never a sentence that has not passed. */
  onPartial?: (text: string) => void;
  /** The answer's deadline (and the caller's cancellation). */
  signal?: AbortSignal;
}

const NOTES: Record<Lang, { failed: (why: string) => string; unverified: string }> = {
  en: {
    failed: (why) => `The language model was unavailable (${why}); showing the extracted clauses instead.`,
    unverified: "The model's answer did not pass citation checks; showing the extracted clauses instead.",
  },
  fr: {
    failed: (why) => `Le modèle de langage n'a pas répondu (${why}) ; voici les clauses extraites.`,
    unverified: "La réponse du modèle n'a pas passé la vérification des citations ; voici les clauses extraites.",
  },
  es: {
    failed: (why) => `El modelo de lenguaje no respondió (${why}); se muestran las cláusulas extraídas.`,
    unverified: 'La respuesta del modelo no pasó la verificación de citas; se muestran las cláusulas extraídas.',
  },
};

/**
 * What verification measures a sentence with, over clauses of the store:
 * the same concepts as retrieval, their rarity, and embedding similarity
 * when a model is loaded.
 */
export interface ClauseSupport {
  concepts(text: string, lang: Lang): TermGroup[];
  coverage(groups: TermGroup[], clauseIndices: number[]): number;
  /** Rarity of a concept, for weighing what a clause carries. */
  weight?(group: TermGroup): number;
  similarity?(text: string, clauses: Clause[]): Promise<number | undefined>;
  /** Analysed words meaning the opposite of a concept ("weaken" for "strengthen"). */
  opposites?(group: TermGroup, lang: Lang): Map<string, Set<Lang>>;
  /** The glossary or the general lexicon gives senses of an analysed word. */
  hasSenses?(term: string, lang: Lang): boolean;
  /** Two analysed words may name one thing (`query/kinship.ts`). */
  akin?(a: string, b: string, lang: Lang): boolean;
}

export class GenerativeAnswerer {
  constructor(
    private readonly model: AnswerModel,
    private readonly support: ClauseSupport,
    private readonly docs: ReadonlyMap<string, DocumentMeta>,
    private readonly rules: RuleChecker,
  ) {}

  async generate(input: GenerateInput): Promise<Answer> {
    const { lang, sources, signal } = input;
    const abstainText = MESSAGES[lang].abstain;
    const user = renderPrompt(input.prompt, {
      language: languageName(lang, 'en'),
      abstain: abstainText,
      question: input.question,
      sources: formatSources(
        sources.map((h) => ({ clause: h.clause, document: this.docs.get(h.clause.docId)?.citation ?? h.clause.docId })),
      ),
      ...input.extra,
    });
    const messages: ChatMessage[] = [{ role: 'user', content: user }];
    const checker = this.checker(input);
    try {
      // When the judge sees every sentence, nothing can be shown before it has: the stream then shows no text.
      const show = checker.judgeAll ? () => undefined : input.onPartial;
      const stream = show ? new VerifiedStream(checker, show, Boolean(checker.judge)) : undefined;
      let draft = await this.model.complete(messages, { onDelta: stream?.push, signal });
      let verdict = await verifyAnswer(draft, abstainText, checker);
      if (!verdict.ok && !verdict.hostile) {
        // One repair: the model sees its draft and what was wrong with it.
        const repair = renderPrompt('repair', { problems: verdict.problems.map((p) => `- ${p}`).join('\n'), draft });
        draft = await this.model.complete([...messages, { role: 'assistant', content: draft }, { role: 'user', content: repair }], {
          signal,
        });
        verdict = await verifyAnswer(draft, abstainText, checker);
      }
      if (!verdict.ok) return withNote(input.fallback, NOTES[lang].unverified, verdict);
      if (verdict.abstained) {
        return {
          ...input.fallback,
          answer: abstainText,
          abstained: true,
          citations: [],
          related: input.fallback.citations,
          mode: 'generative',
        };
      }
      const citations: Citation[] = verdict.cited.map((n, i) => toCitation(sources[n - 1], i + 1, this.docs));
      return {
        ...input.fallback,
        answer: renumber(draft, verdict.cited).trim(),
        abstained: false,
        citations,
        related: [],
        mode: 'generative',
      };
    } catch (error) {
      const why = abortReason(signal) ?? asCodedError(error).message.replace(/^The language model failed \((.*)\)$/, '$1');
      return withNote(input.fallback, NOTES[lang].failed(why));
    }
  }

  private similar(sentence: string, numbers: number[], sources: Hit[]): Promise<number | undefined> {
    return this.support.similarity!(
      sentence,
      numbers.map((n) => sources[n - 1].clause),
    );
  }

  /** The verifier over this answer's sources, with the entailment judge when the model's limits ask for it. */
  private checker(input: GenerateInput): SupportChecker {
    const { support } = this;
    const { sources } = input;
    const mode = this.model.limits?.judge ?? 'auto';
    return {
      rules: this.rules,
      lang: input.lang,
      sources: sources.map((h) => sourceClause(h.clause, this.docs)),
      ...(support.similarity ? { similarity: (sentence: string, numbers: number[]) => this.similar(sentence, numbers, sources) } : {}),
      ...(mode === 'off' ? {} : { judge: modelJudge(this.model, input.signal), judgeAll: mode === 'always' }),
    };
  }
}

function withNote(answer: Answer, note: string, verdict?: Verdict): Answer {
  return { ...answer, notes: [note, ...answer.notes], ...(verdict ? { rejected: verdict.problems } : {}) };
}
