import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Logs go to stderr so that stdout carries only alerts (console sink) and command output.
 * Readable lines on a terminal, JSON elsewhere. Secrets never reach a log call: tokens
 * live in sink closures, and URLs with credentials are redacted by the callers.
 */
export function createLogger(level: string, pretty: boolean = process.stderr.isTTY === true): Logger {
  if (pretty) {
    return pino(
      { level, base: undefined },
      pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', hideObject: true } }),
    );
  }
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ fd: 2, sync: true }));
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
