import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DatabaseError, errorMessage } from '../errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNN_name.sql` files, ordered by their number. */
export function readMigrations(dir: string): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => /^\d+_[\w-]+\.sql$/.test(f));
  const migrations = files.map((f) => ({
    version: Number.parseInt(f, 10),
    name: f,
    sql: fs.readFileSync(path.join(dir, f), 'utf8'),
  }));
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new DatabaseError(`${dir}: two migrations share number ${migrations[i]!.version}`);
    }
  }
  return migrations;
}

/** Applies pending migrations in order, each in its own transaction; returns the names applied. */
export function migrate(db: Database.Database, dir: string): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const done: string[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of readMigrations(dir)) {
    if (isApplied.get(m.version)) continue;
    // Take the write lock first, then look again: another process opening the same new database
    // at the same moment may have applied it in between.
    const apply = db.transaction(() => {
      if (isApplied.get(m.version)) return false;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      return true;
    });
    try {
      if (!apply.immediate()) continue;
    } catch (err) {
      throw new DatabaseError(`migration ${m.name} failed, database left at its previous version: ${errorMessage(err)}`);
    }
    done.push(m.name);
  }
  return done;
}
