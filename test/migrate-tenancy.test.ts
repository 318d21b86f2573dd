import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { bundledConfigDir, migrationsDir } from '../src/paths.js';
import { loadCatalog } from '../src/match/catalog.js';
import { execute } from '../src/commands/core.js';
import { OPERATOR } from '../src/domain.js';
import { parseConfig } from '../src/config/load.js';
import { withPoller } from '../src/runner.js';
import { captureLog } from './helpers/app.js';
import { readJsonl, tempDir } from './helpers/cli.js';

describe('upgrading a database from before tenancy (schema 7)', () => {
  it('keeps config-scope watches, moves and pending alerts, and keeps delivering them', async () => {
    const dir = tempDir();
    const old = path.join(dir, 'm7');
    fs.mkdirSync(old);
    for (const f of fs.readdirSync(migrationsDir).filter((f) => Number.parseInt(f, 10) <= 7)) fs.copyFileSync(path.join(migrationsDir, f), path.join(old, f));
    const file = path.join(dir, 'lw.db');
    const v7 = openDatabase(file, old);
    const now = new Date().toISOString();
    v7.prepare("INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://wire.example/feed', 'Wire', ?)").run(now);
    v7.prepare(
      "INSERT INTO items (id, source_id, dedup_key, title, url, text, first_seen_at, processed_at) VALUES (1, 1, 'guid:1', 'Chi-Hao Wu leaves Meta', 'https://wire.example/wu', 'Chi-Hao Wu has left Meta.', ?, ?)",
    ).run(now, now);
    v7.prepare("INSERT INTO watches (kind, name, aliases, orgs, strict, scope, origin, created_at) VALUES ('org', 'Meta', '[]', '[]', 0, 'config', 'cli', ?)").run(now);
    v7.prepare("INSERT INTO watches (kind, name, aliases, orgs, strict, scope, origin, created_at) VALUES ('person', 'Chi-Hao Wu', '[\"吴启豪\"]', '[\"Meta\"]', 1, 'config', 'cli', ?)").run(now);
    v7.prepare(
      "INSERT INTO moves (id, person, person_key, event, from_org, status, confidence, evidence, first_item_id, created_at, updated_at) VALUES ('m1', 'Chi-Hao Wu', 'chi hao wu', 'departure', 'Meta', 'reported', 0.9, 'Chi-Hao Wu has left Meta.', 1, ?, ?)",
    ).run(now, now);
    v7.prepare("INSERT INTO move_reports (move_id, item_id, evidence, created_at) VALUES ('m1', 1, 'Chi-Hao Wu has left Meta.', ?)").run(now);
    const alert = {
      id: 'm1',
      event: 'departure',
      person: 'Chi-Hao Wu',
      from: 'Meta',
      to: null,
      fromUnit: null,
      toUnit: null,
      role: null,
      tenure: null,
      status: 'reported',
      discovered: false,
      watched: [{ kind: 'org', name: 'Meta' }],
      confidence: 0.9,
      evidence: 'Chi-Hao Wu has left Meta.',
      item: { title: 'Chi-Hao Wu leaves Meta', url: 'https://wire.example/wu', source: 'Wire', published: null, language: 'en' },
      reports: 1,
      sources: [{ source: 'Wire', url: 'https://wire.example/wu' }],
      followup: false,
      changes: [],
    };
    v7.prepare("INSERT INTO deliveries (move_id, destination, payload, next_attempt_at, created_at) VALUES ('m1', 'jsonl', ?, ?, ?)").run(JSON.stringify(alert), now, now);
    v7.close();

    const db = openDatabase(file);
    const catalog = loadCatalog(path.join(bundledConfigDir, 'orgs.yaml'));
    const cli = { platform: 'cli' as const, workspace: '', channel: '', channelName: null, actor: { id: 'op', name: 'op', canManage: true }, origin: 'cli' as const, now: new Date() };
    const list = execute({ db, catalog }, cli, { name: 'watchlist' });
    expect(list.kind === 'watchlist' && list.watches.map((w) => [w.kind, w.name, w.aliases, w.channel])).toEqual([
      ['org', 'Meta', [], OPERATOR],
      ['person', 'Chi-Hao Wu', ['吴启豪'], OPERATOR],
    ]);
    const recent = execute({ db, catalog }, cli, { name: 'recent', days: 7, subject: null, person: null, org: null });
    expect(recent.kind === 'digest' && recent.moves.map((m) => m.id)).toEqual(['m1']);
    db.close();

    // The queued alert still goes out, to the same sink.
    const out = path.join(dir, 'alerts.jsonl');
    const config = parseConfig({ database: file, sinks: [{ type: 'jsonl', path: out }] }, 'test');
    const { log } = captureLog();
    await withPoller({ config, file: null, sources: [] }, { log }, 'poll --once', (app) => app.dispatcher.drain(5_000));
    expect(readJsonl(out)).toEqual([expect.objectContaining({ id: 'm1', person: 'Chi-Hao Wu', from: 'Meta' })]);
  });
});
