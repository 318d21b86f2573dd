import fs from 'node:fs';
import path from 'node:path';
import type { Alert } from '../../domain.js';
import { renderJson } from '../render/json.js';
import { DeliveryError, type Sink } from './sink.js';

/** Appends one JSON object per alert to a file (synchronously, so a line is whole before it counts as sent). */
export function jsonlSink(name: string, file: string): Sink {
  return {
    name,
    minIntervalMs: 0,
    async send(alert: Alert) {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.appendFileSync(file, `${renderJson(alert)}\n`);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // A full disk or a permission problem may pass; the row stays queued and is retried.
        throw new DeliveryError('retry', `${file}: cannot append (${code ?? (err as Error).message})`);
      }
      return null;
    },
  };
}
