import type { Alert } from '../../domain.js';
import { renderText } from '../render/text.js';
import type { Sink } from './sink.js';

/** Prints alerts as readable text (the default when no chat token is set). */
export function consoleSink(name: string, write: (text: string) => void = (t) => process.stdout.write(`${t}\n\n`)): Sink {
  return {
    name,
    minIntervalMs: 0,
    async send(alert: Alert) {
      write(renderText(alert));
      return null;
    },
    async notice(text: string) {
      write(`⚠ ${text}`);
    },
  };
}
