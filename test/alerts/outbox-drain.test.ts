import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { enqueue } from '../../src/db/outbox.js';
import { Dispatcher, DEFAULT_DISPATCH } from '../../src/alerts/dispatcher.js';
import { jsonlSink } from '../../src/alerts/sinks/jsonl.js';
import type { Alert } from '../../src/domain.js';
import { silentLogger } from '../../src/log.js';
import { tempDir } from '../helpers/cli.js';

const alert = (i: number) => ({ id: `m${i}`, person: `Researcher ${i}`, event: 'join', followup: false }) as unknown as Alert;

describe('a backlog in the outbox', () => {
  it('a sink without a platform rate limit takes the whole backlog in one pass, in order', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'o.db'));
    const now = new Date();
    db.transaction(() => {
      for (let i = 0; i < 600; i++) {
        db.prepare("INSERT INTO moves (id, person, person_key, event, status, confidence, evidence, created_at, updated_at) VALUES (?, 'p', 'p', 'join', 'reported', 0.9, '', ?, ?)").run(
          `m${i}`,
          now.toISOString(),
          now.toISOString(),
        );
        enqueue(db, `m${i}`, 'jsonl', alert(i), now);
      }
    })();
    const file = path.join(dir, 'alerts.jsonl');
    const sink = jsonlSink('jsonl', file);
    const dispatcher = new Dispatcher(db, () => ({ kind: 'sink', sink }), DEFAULT_DISPATCH, silentLogger());
    expect(await dispatcher.runOnce()).toBe(600);
    const written = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(written).toEqual(Array.from({ length: 600 }, (_, i) => `m${i}`));
    db.close();
  });
});
