import type { Db } from './open.js';
import type { OrgWatch, PersonWatch, Scope, Watch } from '../domain.js';

interface WatchRow {
  id: number;
  kind: 'person' | 'org';
  name: string;
  aliases: string;
  orgs: string;
  strict: number;
  scope: string;
  origin: string;
}

export type WatchOrigin = 'config' | 'cli' | 'chat';

export interface NewPersonWatch {
  kind: 'person';
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
  scope: Scope;
}

export interface NewOrgWatch {
  kind: 'org';
  name: string;
  aliases: string[];
  scope: Scope;
}

function toWatch(r: WatchRow): Watch {
  const aliases = JSON.parse(r.aliases) as string[];
  if (r.kind === 'org') return { kind: 'org', id: r.id, name: r.name, aliases, scope: r.scope } satisfies OrgWatch;
  return { kind: 'person', id: r.id, name: r.name, aliases, orgs: JSON.parse(r.orgs) as string[], strict: r.strict === 1, scope: r.scope } satisfies PersonWatch;
}

export function listWatches(db: Db, scope?: Scope): Watch[] {
  const rows = scope
    ? (db.prepare('SELECT * FROM watches WHERE scope = ? ORDER BY kind, name').all(scope) as WatchRow[])
    : (db.prepare('SELECT * FROM watches ORDER BY kind, name').all() as WatchRow[]);
  return rows.map(toWatch);
}

/** Adds a watch, or merges aliases and orgs into the one with the same kind, name and scope. Returns whether it was new. */
export function upsertWatch(db: Db, w: NewPersonWatch | NewOrgWatch, origin: WatchOrigin): { watch: Watch; created: boolean } {
  const existing = db.prepare('SELECT * FROM watches WHERE kind = ? AND name = ? COLLATE NOCASE AND scope = ?').get(w.kind, w.name, w.scope) as WatchRow | undefined;
  if (existing) {
    const current = toWatch(existing);
    const aliases = [...new Set([...current.aliases, ...w.aliases])];
    const orgs = current.kind === 'person' && w.kind === 'person' ? [...new Set([...current.orgs, ...w.orgs])] : [];
    const strict = w.kind === 'person' && current.kind === 'person' ? (w.strict || current.strict ? 1 : 0) : 0;
    db.prepare('UPDATE watches SET aliases = ?, orgs = ?, strict = ? WHERE id = ?').run(JSON.stringify(aliases), JSON.stringify(orgs), strict, existing.id);
    return { watch: toWatch(db.prepare('SELECT * FROM watches WHERE id = ?').get(existing.id) as WatchRow), created: false };
  }
  const info = db
    .prepare('INSERT INTO watches (kind, name, aliases, orgs, strict, scope, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(w.kind, w.name, JSON.stringify(w.aliases), JSON.stringify(w.kind === 'person' ? w.orgs : []), w.kind === 'person' && w.strict ? 1 : 0, w.scope, origin, new Date().toISOString());
  return { watch: toWatch(db.prepare('SELECT * FROM watches WHERE id = ?').get(info.lastInsertRowid) as WatchRow), created: true };
}

/** Removes the watches of that name (any kind) in a scope; returns how many went. */
export function removeWatch(db: Db, name: string, scope: Scope, kind?: 'person' | 'org'): number {
  const sql = kind ? 'DELETE FROM watches WHERE name = ? COLLATE NOCASE AND scope = ? AND kind = ?' : 'DELETE FROM watches WHERE name = ? COLLATE NOCASE AND scope = ?';
  return (kind ? db.prepare(sql).run(name, scope, kind) : db.prepare(sql).run(name, scope)).changes;
}
