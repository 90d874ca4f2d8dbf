import OpenAI from 'openai';
import { CodedError, ErrorCode } from '../errors.ts';
import { LLM_DEFAULTS, type LlmConfig } from '../config.ts';
import type { AnswerModel, ChatMessage, ModelLimits } from './answer-model.ts';
import { abortReason } from './deadline.ts';

/** An attempt given up by us: no response in time, or a stream gone silent. */
class Stalled extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Stalled';
  }
}

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
  readonly limits: ModelLimits;
  private readonly client: OpenAI;
  private readonly idleMs: number;

  constructor(private readonly config: LlmConfig) {
    this.modelId = config.model;
    this.limits = { deadlineMs: config.deadlineMs ?? LLM_DEFAULTS.deadlineMs, judge: config.judge ?? LLM_DEFAULTS.judge };
    this.idleMs = config.idleMs ?? LLM_DEFAULTS.idleMs;
    this.client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: 0 });
  }

  async complete(messages: ChatMessage[], options: { onDelta?: (text: string) => void; signal?: AbortSignal } = {}): Promise<string> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.config.retries; attempt += 1) {
      const watch = this.watchdog(options.signal);
      try {
        const text = options.onDelta ? await this.streamOnce(messages, options.onDelta, watch) : await this.once(messages, watch);
        if (!text.trim()) throw new CodedError(ErrorCode.LlmFailed, 'the model returned an empty completion');
        return text;
      } catch (error) {
        lastError = watch.signal.aborted && !options.signal?.aborted ? watch.signal.reason : error;
        if (!retryable(lastError) || attempt === this.config.retries || options.signal?.aborted) break;
        await sleep(backoff(attempt, lastError), options.signal);
      } finally {
        watch.stop();
      }
    }
    const why = abortReason(options.signal) ?? describe(lastError);
    throw new CodedError(ErrorCode.LlmFailed, `The language model failed (${why})`, { cause: lastError });
  }

  /**
   * One attempt's own abort: the caller's signal (the answer's deadline), no
   * response within the per-attempt timeout, or a stream silent for longer
   * than the idle gap. The client's timeout only covers the wait for headers.
   */
  private watchdog(outer?: AbortSignal): Watchdog {
    const controller = new AbortController();
    const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, why: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Stalled(why)), ms);
    };
    arm(this.config.timeoutMs, 'timed out');
    return {
      signal,
      alive: () => arm(this.idleMs, `the stream stalled for ${this.idleMs / 1000} s`),
      stop: () => clearTimeout(timer),
    };
  }

  private async once(messages: ChatMessage[], watch: Watchdog): Promise<string> {
    const request = { model: this.config.model, messages, temperature: 0 };
    const response = await this.client.chat.completions.create(request, { signal: watch.signal });
    const content = response?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new CodedError(ErrorCode.LlmFailed, 'the model returned a malformed completion');
    return content;
  }

  private async streamOnce(messages: ChatMessage[], onDelta: (text: string) => void, watch: Watchdog): Promise<string> {
    const request = { model: this.config.model, messages, temperature: 0, stream: true as const };
    const stream = await this.client.chat.completions.create(request, { signal: watch.signal });
    let text = '';
    let finished = false;
    watch.alive();
    for await (const chunk of stream) {
      watch.alive();
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

interface Watchdog {
  signal: AbortSignal;
  /** Something arrived: the idle gap starts again. */
  alive(): void;
  stop(): void;
}

function retryable(error: unknown): boolean {
  if (error instanceof CodedError || error instanceof Stalled) return true; // empty, malformed, cut or stalled
  if (error instanceof OpenAI.APIConnectionError) return true; // includes timeouts
  if (error instanceof OpenAI.APIError)
    return error.status === undefined || error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
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
  if (error instanceof Stalled) return error.message;
  if (error instanceof OpenAI.APIError && error.status) return `HTTP ${error.status}`;
  if (error instanceof Error) return error.message.split('\n', 1)[0].slice(0, 120);
  return String(error);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
