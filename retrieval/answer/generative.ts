/**
 * Generated answers that keep the clause rule: the model sees numbered
 * clauses, its answer is verified sentence by sentence, repaired once when
 * it fails, and replaced by the extractive answer (with a one-line note)
 * when it still fails or the model is unavailable.
 */
import { asCodedError } from '../errors.ts';
import type { AnswerModel, ChatMessage } from '../llm/answer-model.ts';
import { formatSources, renderPrompt, type PromptName } from '../llm/prompts.ts';
import type { Answer, Citation, Clause, DocumentMeta, Hit, Lang, TermGroup } from '../types.ts';
import { toCitation } from './extractive.ts';
import { languageName, MESSAGES } from './messages.ts';
import { renumber, verifyAnswer, type SupportChecker, type Verdict } from './verify.ts';
import { sourceClause } from '../verify/evidence.ts';
import type { RuleChecker } from '../verify/rules.ts';

export interface GenerateInput {
  prompt: Extract<PromptName, 'answer' | 'summary' | 'onboarding'>;
  question: string;
  lang: Lang;
  sources: Hit[];
  /** What the user gets when the model fails: the extractive answer. */
  fallback: Answer;
  extra?: Record<string, string>;
  onPartial?: (text: string) => void;
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
 * the same concepts and coverage as retrieval, and embedding similarity
 * when a model is loaded.
 */
export interface ClauseSupport {
  concepts(text: string, lang: Lang): TermGroup[];
  coverage(groups: TermGroup[], clauseIndices: number[]): number;
  /** Rarity of a concept, for weighing what a clause carries. */
  weight?(group: TermGroup): number;
  similarity?(text: string, clauses: Clause[]): Promise<number | undefined>;
}

export class GenerativeAnswerer {
  constructor(
    private readonly model: AnswerModel,
    private readonly support: ClauseSupport,
    private readonly docs: ReadonlyMap<string, DocumentMeta>,
    private readonly rules: RuleChecker,
  ) {}

  async generate(input: GenerateInput): Promise<Answer> {
    const { lang, sources } = input;
    const abstainText = MESSAGES[lang].abstain;
    const user = renderPrompt(input.prompt, {
      language: languageName(lang, 'en'),
      abstain: abstainText,
      question: input.question,
      sources: formatSources(sources.map((h) => ({ clause: h.clause, document: this.docs.get(h.clause.docId)?.citation ?? h.clause.docId }))),
      ...input.extra,
    });
    const messages: ChatMessage[] = [{ role: 'user', content: user }];
    const { support } = this;
    const checker: SupportChecker = {
      rules: this.rules,
      lang,
      sources: sources.map((h) => sourceClause(h.clause, this.docs)),
      ...(support.similarity ? { similarity: async (sentence: string, numbers: number[]) => support.similarity!(sentence, numbers.map((n) => sources[n - 1].clause)) } : {}),
    };
    try {
      let draft = await this.model.complete(messages, { onDelta: input.onPartial, signal: input.signal });
      let verdict = await verifyAnswer(draft, abstainText, checker);
      if (!verdict.ok && !verdict.hostile) {
        // One repair: the model sees its draft and what was wrong with it.
        const repair = renderPrompt('repair', { problems: verdict.problems.map((p) => `- ${p}`).join('\n'), draft });
        draft = await this.model.complete([...messages, { role: 'assistant', content: draft }, { role: 'user', content: repair }], { signal: input.signal });
        verdict = await verifyAnswer(draft, abstainText, checker);
      }
      if (!verdict.ok) return withNote(input.fallback, NOTES[lang].unverified, verdict);
      if (verdict.abstained) {
        return { ...input.fallback, answer: abstainText, abstained: true, citations: [], related: input.fallback.citations, mode: 'generative' };
      }
      const citations: Citation[] = verdict.cited.map((n, i) => toCitation(sources[n - 1], i + 1, this.docs));
      return { ...input.fallback, answer: renumber(draft, verdict.cited).trim(), abstained: false, citations, related: [], mode: 'generative' };
    } catch (error) {
      const why = asCodedError(error).message.replace(/^The language model failed \((.*)\)$/, '$1');
      return withNote(input.fallback, NOTES[lang].failed(why));
    }
  }
}

function withNote(answer: Answer, note: string, verdict?: Verdict): Answer {
  return { ...answer, notes: [note, ...answer.notes], ...(verdict ? { rejected: verdict.problems } : {}) };
}
