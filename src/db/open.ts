import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseError, errorMessage } from '../errors.js';
import { migrationsDir as defaultMigrationsDir } from '../paths.js';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/** Opens (creating the file and its folder) and migrates the database. */
export function openDatabase(file: string, migrationsDir: string = defaultMigrationsDir): Db {
  let db: Db;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    // Wait for a busy database first: switching a new file to WAL needs a moment of exclusive access.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
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
