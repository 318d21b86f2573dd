import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseError, errorMessage } from '../errors.js';
import { migrationsDir as defaultMigrationsDir } from '../paths.js';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/** labwatch writes on every run (migrations, the lock, config sync): a read-only file is a plain error, with its path. */
function assertWritable(file: string): void {
  for (const f of [file, path.dirname(file)]) {
    if (!fs.existsSync(f)) continue;
    try {
      fs.accessSync(f, fs.constants.W_OK);
    } catch {
      throw new DatabaseError(`${f}: not writable by this user; labwatch needs to write its database (check the permissions, or set database: in the config)`);
    }
    return;
  }
}

/**
 * Switches to WAL. Another process creating the same new file at that moment can make SQLite
 * answer "busy" at once (the switch needs the file to itself), so it is tried again briefly.
 */
function walMode(db: Db): void {
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 50) throw err;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/** Opens (creating the file and its folder) and migrates the database. */
export function openDatabase(file: string, migrationsDir: string = defaultMigrationsDir): Db {
  let db: Db;
  try {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      assertWritable(file);
    }
    db = new Database(file);
    // Wait for a busy database first: switching a new file to WAL needs a moment of exclusive access.
    db.pragma('busy_timeout = 5000');
    walMode(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`${file}: cannot open database: ${errorMessage(err)}`);
  }
  try {
    migrate(db, migrationsDir);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Runs database work, turning SQLite's own words ("attempt to write a readonly database") into one line that names the file. */
export function withDatabaseErrors<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('SQLITE_')) throw err;
    if (code.startsWith('SQLITE_READONLY')) throw new DatabaseError(`${file}: the database is read-only here; labwatch needs to write it (check the file's permissions and the disk)`);
    if (code === 'SQLITE_BUSY') throw new DatabaseError(`${file}: the database stayed busy (another labwatch is writing a lot); try again in a moment`);
    if (code === 'SQLITE_FULL') throw new DatabaseError(`${file}: the disk is full; nothing was lost, free some space and try again`);
    throw new DatabaseError(`${file}: ${errorMessage(err)}`);
  }
}
