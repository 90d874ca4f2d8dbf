/**
 * A loggable summary of any error: discord.js's DiscordAPIError keeps status,
 * method, url and code; its request body (a whole answer) is left out.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const e = error as Error & { status?: number; method?: string; url?: string; code?: unknown; fields?: unknown };
  const cause = e.cause instanceof Error ? e.cause.message : e.cause;
  return {
    err: { type: e.name, message: e.message, stack: e.stack, cause },
    status: e.status,
    method: e.method,
    url: e.url,
    code: e.code,
    fields: e.fields,
  };
}
