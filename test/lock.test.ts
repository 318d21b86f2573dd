import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { acquireLock, LockedError } from '../src/db/lock.js';
import { root, runCli, tempDir, writeFile } from './helpers/cli.js';

describe('one labwatch per database', () => {
  it('a second poller on the same database stops with one line naming the first', async () => {
    const dir = tempDir();
    const config = writeFile(dir, 'lw.yaml', `database: ${path.join(dir, 'lw.db')}\nschedule: "0 0 1 1 *"\nsinks:\n  - type: jsonl\n    path: ${path.join(dir, 'a.jsonl')}\n`);
    const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const first = spawn(process.execPath, ['--import', loader, path.join(root, 'src/cli.ts'), 'run', '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    first.stderr.on('data', (d) => (err += d));
    const deadline = Date.now() + 20_000;
    while (!err.includes('labwatch running') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const second = await runCli(['poll', '--once', '--config', config]);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(`labwatch: another labwatch (run, pid ${first.pid} on ${os.hostname()}) is polling this database; stop it first, or point this one at another database`);
    // Commands that only read or edit the watchlist still work beside it.
    expect((await runCli(['watch', 'list', '--config', config])).code).toBe(0);
    const exited = new Promise((r) => first.on('exit', r));
    first.kill('SIGTERM');
    await exited;
    expect((await runCli(['poll', '--once', '--config', config])).code).toBe(0);
  });

  it('a holder that died is replaced at once', () => {
    const db = openDatabase(path.join(tempDir(), 'l.db'));
    db.prepare("INSERT INTO instance_lock (id, pid, host, command, heartbeat_at) VALUES (1, 999999, ?, 'run', ?)").run(os.hostname(), new Date().toISOString());
    const lock = acquireLock(db, 'poll --once');
    expect(db.prepare('SELECT pid FROM instance_lock').get()).toEqual({ pid: process.pid });
    lock.release();
    expect(db.prepare('SELECT count(*) AS n FROM instance_lock').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a live process on this host keeps its lock even when its heartbeat is stale (a long stall)', () => {
    const db = openDatabase(path.join(tempDir(), 'l3.db'));
    // The parent of this test process is alive, and its heartbeat is ten minutes old.
    db.prepare("INSERT INTO instance_lock (id, pid, host, command, heartbeat_at) VALUES (1, ?, ?, 'run', ?)").run(process.ppid, os.hostname(), new Date(Date.now() - 600_000).toISOString());
    expect(() => acquireLock(db, 'poll --once')).toThrow(LockedError);
    db.close();
  });

  it('a live holder elsewhere with a fresh heartbeat is respected', () => {
    const db = openDatabase(path.join(tempDir(), 'l2.db'));
    db.prepare("INSERT INTO instance_lock (id, pid, host, command, heartbeat_at) VALUES (1, 1, 'other-host', 'run', ?)").run(new Date().toISOString());
    expect(() => acquireLock(db, 'poll --once')).toThrow(LockedError);
    db.prepare("UPDATE instance_lock SET heartbeat_at = '2020-01-01T00:00:00.000Z'").run();
    acquireLock(db, 'poll --once').release();
    db.close();
  });
});
