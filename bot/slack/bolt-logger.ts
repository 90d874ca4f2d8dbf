import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * Bolt's (and its WebClient's) logger interface on top of our pino logger,
 * so every line is structured JSON on stderr at the level LOG_LEVEL sets.
 * `setLevel` is deliberately a no-op: Bolt calls it with its own default
 * (INFO) at construction, which would override LOG_LEVEL=silent in tests.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const line = (msg: unknown[]): [Record<string, unknown>, string] => {
    const errors = msg.filter((m): m is Error => m instanceof Error);
    const text = msg
      .filter((m) => !(m instanceof Error))
      .map((m) => (typeof m === 'string' ? m : safeJson(m)))
      .join(' ');
    return [errors.length > 0 ? { err: errors[0] } : {}, text || errors[0]?.message || ''];
  };
  return {
    debug: (...msg: unknown[]) => child.debug(...line(msg)),
    info: (...msg: unknown[]) => child.info(...line(msg)),
    warn: (...msg: unknown[]) => child.warn(...line(msg)),
    error: (...msg: unknown[]) => child.error(...line(msg)),
    setLevel: () => undefined,
    getLevel: () => toBoltLevel(log.level),
    setName: () => undefined,
  };
}

function toBoltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
