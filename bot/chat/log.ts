import { pino, type Logger } from 'pino';

/**
 * Structured log lines (JSON) on stderr, so stdout stays the product's output.
 * LOG_LEVEL picks the level; tests set it to "silent". Written synchronously: an
 * asynchronous write still in flight at exit could land after the lines flushed
 * at exit ("stopped" before "shutting down"), and a bot logs a few lines a minute.
 */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 2, sync: true }));
}
