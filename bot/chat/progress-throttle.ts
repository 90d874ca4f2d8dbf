/**
 * Turns a stream of partial answer texts into at most one platform update per
 * interval, so a streamed model answer shows progress without tripping chat
 * rate limits (Slack's chat.update is tier 3, about 50 a minute). Answers that
 * arrive within the first interval (the extractive default) cause no update.
 */
export function throttleProgress(update: (text: string) => Promise<unknown>, intervalMs = 1500) {
  let last = Date.now();
  let inFlight: Promise<unknown> = Promise.resolve();
  let busy = false;
  return {
    onPartial(text: string): void {
      const now = Date.now();
      if (busy || now - last < intervalMs) return;
      last = now;
      busy = true;
      inFlight = update(text)
        .catch(() => undefined) // progress is best effort; the final reply reports failures
        .finally(() => {
          busy = false;
        });
    },
    /** Resolves once no update is in flight, so the final reply lands last. */
    settled(): Promise<unknown> {
      return inFlight;
    },
  };
}
