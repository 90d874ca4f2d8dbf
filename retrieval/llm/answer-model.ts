/**
 * The generative seam: any chat model that turns messages into text.
 * OpenAIAnswerModel speaks the OpenAI chat-completions protocol (OpenAI,
 * Azure, Ollama, vLLM, llama.cpp servers through a base URL).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** How long the model may take for one answer, and when its sentences get a second opinion. */
export interface ModelLimits {
  deadlineMs: number;
  judge: 'off' | 'auto' | 'always';
}

export interface AnswerModel {
  readonly modelId: string;
  /** The configured limits; the defaults of config.ts when absent. */
  readonly limits?: ModelLimits;
  /** The completion text. Streams deltas to `onDelta` when given. Throws CodedError(LlmFailed) after bounded retries. */
  complete(messages: ChatMessage[], options?: { onDelta?: (textSoFar: string) => void; signal?: AbortSignal }): Promise<string>;
}
