import { pino, type Logger } from 'pino';

/**
 * Structured log lines (JSON) on stderr, so stdout stays the product's output.
 * LOG_LEVEL picks the level; tests set it to "silent".
 */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
}
