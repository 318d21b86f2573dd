import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import type { Db } from '../src/db/open.js';
import type { Sink } from '../src/alerts/sinks/sink.js';
import type { Alert } from '../src/domain.js';
import { openDatabase, enqueue, Dispatcher, DEFAULT_DISPATCH, jsonlSink, slackWebhookSink, silentLogger } from './built.js';

const QUEUED = 10_000;

const alert = (i: number): Alert => ({
  id: `m${i}`,
  event: 'join',
  person: `Researcher ${i}`,
  from: 'Google',
  to: 'OpenAI',
  fromUnit: null,
  toUnit: null,
  role: 'research scientist',
  tenure: null,
  status: 'reported',
  discovered: true,
  watched: [{ kind: 'org', name: 'OpenAI' }],
  confidence: 0.9,
  evidence: `Researcher ${i} has joined OpenAI from Google.`,
  item: { title: `Researcher ${i} joins OpenAI`, url: `https://wire.example/${i}`, source: 'Wire', published: null, language: 'en' },
  reports: 1,
  sources: [{ source: 'Wire', url: `https://wire.example/${i}` }],
  followup: false,
  changes: [],
});

/** A database with `n` alerts queued for one destination. */
function queued(dir: string, name: string, n: number, destination: string): Db {
  const db = openDatabase(path.join(dir, `${name}.db`));
  const now = new Date();
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      db.prepare("INSERT INTO moves (id, person, person_key, event, status, confidence, evidence, created_at, updated_at) VALUES (?, ?, ?, 'join', 'reported', 0.9, '', ?, ?)").run(
        `m${i}`,
        `R ${i}`,
        `r ${i}`,
        now.toISOString(),
        now.toISOString(),
      );
      enqueue(db, `m${i}`, destination, alert(i), now);
    }
  })();
  return db;
}

async function drainTime(db: Db, sink: Sink): Promise<number> {
  const dispatcher = new Dispatcher(db, (name) => (name === sink.name ? { kind: 'sink', sink } : { kind: 'unknown' }), DEFAULT_DISPATCH, silentLogger());
  const started = performance.now();
  const left = await dispatcher.drain(10 * 60_000);
  if (left) throw new Error(`${left} left`);
  return performance.now() - started;
}

/** The outbox query before this change: a correlated min(id) per pending row. */
function oldQueryMs(db: Database.Database): number {
  const started = performance.now();
  db.prepare(
    `SELECT d.* FROM deliveries d WHERE d.state = 'pending' AND d.next_attempt_at <= ?
       AND NOT EXISTS (SELECT 1 FROM destinations x WHERE x.name = d.destination AND x.dead = 1)
       AND d.id = (SELECT min(id) FROM deliveries e WHERE e.destination = d.destination AND e.state IN ('pending', 'sending')) ORDER BY d.id`,
  ).all(new Date().toISOString());
  return performance.now() - started;
}

export async function benchDrain(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labwatch-bench-drain-'));
  console.log(`\n## drain: ${QUEUED.toLocaleString()} queued alerts`);
  try {
    // Baseline: the old dispatcher sent one alert per destination per pass, each pass running the
    // correlated query, then slept 100 ms (drain) or 1 s (run). Measured per pass, projected.
    for (const n of [2_500, 5_000, QUEUED]) {
      const db = queued(dir, `old-${n}`, n, 'jsonl');
      const q = oldQueryMs(db);
      db.close();
      console.log(
        `baseline (old outbox) at ${n.toLocaleString()} queued: ${q.toFixed(0)} ms per pass, one alert a pass → projected ${((n * (q + 100)) / 1000 / 60).toFixed(0)} min for poll --once, ${((n * (q + 1000)) / 1000 / 3600).toFixed(1)} h for run`,
      );
    }
    const jsonl = queued(dir, 'jsonl', QUEUED, 'jsonl');
    const file = path.join(dir, 'alerts.jsonl');
    const ms = await drainTime(jsonl, jsonlSink('jsonl', file));
    jsonl.close();
    console.log(
      `jsonl: drained ${QUEUED.toLocaleString()} in ${(ms / 1000).toFixed(1)} s (${Math.round(QUEUED / (ms / 1000))} alerts/s); ${fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length} lines written`,
    );

    let received = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received++;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T0/B0/x`;
    const hook = queued(dir, 'hook', QUEUED, 'slack-webhook');
    // Slack's webhook sink keeps Slack's one message a second; this fake has no limit, so neither does its sink here.
    const hookMs = await drainTime(hook, { ...slackWebhookSink('slack-webhook', url, 10_000), minIntervalMs: 0 });
    hook.close();
    server.close();
    console.log(`webhook without a rate limit: drained ${QUEUED.toLocaleString()} in ${(hookMs / 1000).toFixed(1)} s (${Math.round(QUEUED / (hookMs / 1000))} alerts/s); the server got ${received}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
