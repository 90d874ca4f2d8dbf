/**
 * One deadline per answer: every model call made for it (follow-up rewrite,
 * streamed draft, repair, entailment judge) shares one AbortSignal that
 * fires when the time is up or when the caller gives up, whichever is first.
 */
export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`no complete answer within ${Math.round(ms / 100) / 10} s`);
    this.name = 'DeadlineExceeded';
  }
}

export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly end: number;

  constructor(
    readonly ms: number,
    parent?: AbortSignal,
  ) {
    this.end = Date.now() + ms;
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(ms)), ms);
    this.timer.unref?.();
    this.signal = parent ? AbortSignal.any([parent, this.controller.signal]) : this.controller.signal;
  }

  /** Milliseconds left. */
  remaining(): number {
    return Math.max(0, this.end - Date.now());
  }

  /** A signal for one call: this deadline, or `ms` from now if sooner. */
  within(ms: number): AbortSignal {
    return AbortSignal.any([this.signal, AbortSignal.timeout(Math.max(1, Math.min(ms, this.remaining())))]);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** Why a call was aborted, in words for a one-line note. */
export function abortReason(signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted) return undefined;
  const reason: unknown = signal.reason;
  if (reason instanceof DeadlineExceeded) return reason.message;
  if (reason instanceof Error && reason.name === 'TimeoutError') return 'timed out';
  return 'cancelled';
}
