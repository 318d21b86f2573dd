import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { migrate } from '../src/db/migrate.js';
import { DatabaseError } from '../src/errors.js';
import { migrationsDir } from '../src/paths.js';
import { tempDir, writeFile } from './helpers/cli.js';

const tables = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('creates the database file, its folder and every table on first open', () => {
    const file = path.join(tempDir(), 'nested/dir/labwatch.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(tables(db)).toEqual(expect.arrayContaining(['sources', 'items', 'watches', 'moves', 'move_reports', 'deliveries', 'schema_migrations']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(applied.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    db.close();
  });

  it('upgrades a database made by an older version, keeping its data', () => {
    const dir = tempDir();
    const old = path.join(dir, 'old-migrations');
    fs.mkdirSync(old);
    fs.copyFileSync(path.join(migrationsDir, '001_init.sql'), path.join(old, '001_init.sql'));
    const file = path.join(dir, 'lw.db');
    const v1 = openDatabase(file, old);
    v1.prepare("INSERT INTO sources (url, created_at) VALUES ('https://a.example/feed', '2025-01-01')").run();
    expect(tables(v1)).not.toContain('moves');
    v1.close();

    const v2 = openDatabase(file);
    expect(tables(v2)).toContain('moves');
    expect(v2.prepare('SELECT url FROM sources').all()).toEqual([{ url: 'https://a.example/feed' }]);
    v2.close();
  });

  it('a failing migration leaves the database as it was and says which one failed', () => {
    const dir = tempDir();
    const migrations = path.join(dir, 'm');
    writeFile(migrations, '001_ok.sql', 'CREATE TABLE a (x INTEGER);');
    writeFile(migrations, '002_broken.sql', 'CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);');
    const db = new Database(path.join(dir, 'x.db'));
    let error: unknown;
    try {
      migrate(db, migrations);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toMatch(/^migration 002_broken\.sql failed, database left at its previous version: no such table: nowhere/);
    expect(tables(db)).toContain('a');
    expect(tables(db)).not.toContain('b');
    expect((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)).toEqual([1]);
    db.close();
  });

  it('running again applies nothing', () => {
    const file = path.join(tempDir(), 'again.db');
    openDatabase(file).close();
    const db = new Database(file);
    expect(migrate(db, migrationsDir)).toEqual([]);
    db.close();
  });
});
