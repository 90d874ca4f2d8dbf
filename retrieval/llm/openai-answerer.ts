import OpenAI from 'openai';
import { CodedError, ErrorCode } from '../errors.ts';
import type { LlmConfig } from '../config.ts';
import type { AnswerModel, ChatMessage } from './answer-model.ts';

const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 4_000;

/**
 * Chat completions through the `openai` package. Retries are ours, not the
 * client's (maxRetries: 0), so streamed and non-streamed calls get the same
 * policy: 429, 5xx, timeouts, dropped connections, empty completions and
 * streams cut midway are retried with backoff; 400/401/403/404 are not.
 */
export class OpenAIAnswerModel implements AnswerModel {
  readonly modelId: string;
  private readonly client: OpenAI;

  constructor(private readonly config: LlmConfig) {
    this.modelId = config.model;
    this.client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: 0 });
  }

  async complete(messages: ChatMessage[], options: { onDelta?: (text: string) => void; signal?: AbortSignal } = {}): Promise<string> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.config.retries; attempt += 1) {
      try {
        const text = options.onDelta ? await this.streamOnce(messages, options.onDelta, options.signal) : await this.once(messages, options.signal);
        if (!text.trim()) throw new CodedError(ErrorCode.LlmFailed, 'the model returned an empty completion');
        return text;
      } catch (error) {
        lastError = error;
        if (!retryable(error) || attempt === this.config.retries || options.signal?.aborted) break;
        await sleep(backoff(attempt, error), options.signal);
      }
    }
    throw new CodedError(ErrorCode.LlmFailed, `The language model failed (${describe(lastError)})`, { cause: lastError });
  }

  private async once(messages: ChatMessage[], signal?: AbortSignal): Promise<string> {
    const response = await this.client.chat.completions.create({ model: this.config.model, messages, temperature: 0 }, { signal });
    const content = response?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new CodedError(ErrorCode.LlmFailed, 'the model returned a malformed completion');
    return content;
  }

  private async streamOnce(messages: ChatMessage[], onDelta: (text: string) => void, signal?: AbortSignal): Promise<string> {
    const stream = await this.client.chat.completions.create({ model: this.config.model, messages, temperature: 0, stream: true }, { signal });
    let text = '';
    let finished = false;
    for await (const chunk of stream) {
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        onDelta(text);
      }
      if (choice?.finish_reason) finished = true;
    }
    // A stream that ends without a finish_reason was cut midway: its text is not an answer.
    if (!finished) throw new CodedError(ErrorCode.LlmFailed, 'the stream was cut before the answer finished');
    return text;
  }
}

function retryable(error: unknown): boolean {
  if (error instanceof CodedError) return true; // empty, malformed or cut completion
  if (error instanceof OpenAI.APIConnectionError) return true; // includes timeouts
  if (error instanceof OpenAI.APIError) return error.status === undefined || error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
  return error instanceof SyntaxError || error instanceof TypeError; // garbage body, dropped socket
}

function backoff(attempt: number, error: unknown): number {
  const header = error instanceof OpenAI.APIError ? error.headers?.get?.('retry-after') : undefined;
  const retryAfter = header ? Number(header) * 1000 : NaN;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter, MAX_BACKOFF_MS);
  return Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timed out';
  if (error instanceof OpenAI.APIError && error.status) return `HTTP ${error.status}`;
  if (error instanceof Error) return error.message.split('\n', 1)[0].slice(0, 120);
  return String(error);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
