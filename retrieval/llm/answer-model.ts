/**
 * The generative seam: any chat model that turns messages into text.
 * OpenAIAnswerModel speaks the OpenAI chat-completions protocol (OpenAI,
 * Azure, Ollama, vLLM, llama.cpp servers through a base URL).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface AnswerModel {
  readonly modelId: string;
  /** The completion text. Streams deltas to `onDelta` when given. Throws CodedError(LlmFailed) after bounded retries. */
  complete(messages: ChatMessage[], options?: { onDelta?: (textSoFar: string) => void; signal?: AbortSignal }): Promise<string>;
}
