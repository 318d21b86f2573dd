import type { Db } from './open.js';
import { prepared } from './prepared.js';

/** A cached answer of the language model, by the hash of what it was asked. */
export function cachedAnswer(db: Db, key: string): string | null {
  const row = prepared(db, 'SELECT answer FROM model_answers WHERE key = ?').get(key) as { answer: string } | undefined;
  return row?.answer ?? null;
}

export function storeAnswer(db: Db, key: string, model: string, answer: string, now: Date): void {
  prepared(db, 'INSERT OR REPLACE INTO model_answers (key, model, answer, created_at) VALUES (?, ?, ?, ?)').run(key, model, answer, now.toISOString());
}
