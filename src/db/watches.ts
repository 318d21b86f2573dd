import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { ChannelId, OrgWatch, PersonWatch, Watch, WatchOrigin } from '../domain.js';

interface WatchRow {
  id: number;
  channel_id: number;
  kind: 'person' | 'org';
  name: string;
  aliases: string;
  orgs: string;
  strict: number;
  origin: WatchOrigin;
}

export interface NewPersonWatch {
  kind: 'person';
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
}

export interface NewOrgWatch {
  kind: 'org';
  name: string;
  aliases: string[];
}

// SQLite hands each row a new string; 50,000 watches need only these three.
const ORIGINS: Record<WatchOrigin, WatchOrigin> = { config: 'config', cli: 'cli', chat: 'chat' };

function toWatch(r: WatchRow): Watch {
  const aliases = JSON.parse(r.aliases) as string[];
  const channel = r.channel_id as ChannelId;
  const origin = ORIGINS[r.origin];
  if (r.kind === 'org') return { kind: 'org', id: r.id, name: r.name, aliases, channel, origin } satisfies OrgWatch;
  return { kind: 'person', id: r.id, name: r.name, aliases, orgs: JSON.parse(r.orgs) as string[], strict: r.strict === 1, channel, origin } satisfies PersonWatch;
}

/** One channel's watches. */
export function listWatches(db: Db, channel: ChannelId): Watch[] {
  return (prepared(db, 'SELECT * FROM watches WHERE channel_id = ? ORDER BY kind, name').all(channel) as WatchRow[]).map(toWatch);
}

/** Every channel's watches: only the pipeline's router reads these, each watch with its channel. */
export function allWatches(db: Db): Watch[] {
  return [...eachWatch(db)];
}

/**
 * Every channel's watches one at a time, in the order of `allWatches`: the matcher's build reads each once, so 50,000
 * watched people never sit in memory together as rows and watches (about 35 MB at the build's peak).
 */
export function* eachWatch(db: Db): Generator<Watch> {
  for (const row of prepared(db, 'SELECT * FROM watches ORDER BY channel_id, kind, name').iterate() as IterableIterator<WatchRow>) yield toWatch(row);
}

/** Every channel's org watches. */
export function allOrgWatches(db: Db): OrgWatch[] {
  return (prepared(db, "SELECT * FROM watches WHERE kind = 'org' ORDER BY channel_id, name").all() as WatchRow[]).map((r) => toWatch(r) as OrgWatch);
}

/** The watches of these ids that still exist, in channel order. */
export function watchesById(db: Db, ids: readonly number[]): Watch[] {
  if (!ids.length) return [];
  return (prepared(db, 'SELECT * FROM watches WHERE id IN (SELECT value FROM json_each(?)) ORDER BY channel_id, kind, name').all(JSON.stringify(ids)) as WatchRow[]).map(toWatch);
}

/** Changes whenever a watch, a mute or a channel is added, changed or removed: the matcher is rebuilt only then. */
export function watchlistVersion(db: Db): string {
  const v = prepared(
    db,
    'SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(sum(length(aliases) + length(orgs) + strict), 0) AS s, (SELECT count(*) FROM mutes) AS mutes, (SELECT count(*) FROM channels) AS c FROM watches',
  ).get() as { n: number; m: number; s: number; mutes: number; c: number };
  return `${v.n}:${v.m}:${v.s}:${v.mutes}:${v.c}`;
}

/** How many people and orgs each channel watches (for status). */
export function watchCounts(db: Db): { people: number; orgs: number; channels: number } {
  return prepared(db, "SELECT coalesce(sum(kind = 'person'), 0) AS people, coalesce(sum(kind = 'org'), 0) AS orgs, count(DISTINCT channel_id) AS channels FROM watches").get() as {
    people: number;
    orgs: number;
    channels: number;
  };
}

/** Adds a watch to a channel, or merges aliases and orgs into its watch of the same kind and name. */
export function upsertWatch(db: Db, channel: ChannelId, w: NewPersonWatch | NewOrgWatch, origin: WatchOrigin, createdBy: string | null = null): { watch: Watch; created: boolean } {
  const existing = prepared(db, 'SELECT * FROM watches WHERE channel_id = ? AND kind = ? AND name = ? COLLATE NOCASE').get(channel, w.kind, w.name) as WatchRow | undefined;
  if (existing) {
    const current = toWatch(existing);
    const aliases = [...new Set([...current.aliases, ...w.aliases])];
    const orgs = current.kind === 'person' && w.kind === 'person' ? [...new Set([...current.orgs, ...w.orgs])] : [];
    const strict = w.kind === 'person' && current.kind === 'person' ? (w.strict || current.strict ? 1 : 0) : 0;
    prepared(db, 'UPDATE watches SET aliases = ?, orgs = ?, strict = ? WHERE id = ?').run(JSON.stringify(aliases), JSON.stringify(orgs), strict, existing.id);
    return { watch: toWatch(prepared(db, 'SELECT * FROM watches WHERE id = ?').get(existing.id) as WatchRow), created: false };
  }
  const info = prepared(db, 'INSERT INTO watches (channel_id, kind, name, aliases, orgs, strict, origin, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    channel,
    w.kind,
    w.name,
    JSON.stringify(w.aliases),
    JSON.stringify(w.kind === 'person' ? w.orgs : []),
    w.kind === 'person' && w.strict ? 1 : 0,
    origin,
    createdBy,
    new Date().toISOString(),
  );
  return { watch: toWatch(prepared(db, 'SELECT * FROM watches WHERE id = ?').get(info.lastInsertRowid) as WatchRow), created: true };
}

/** Removes a channel's watches of that name (of one kind, if given); returns what went. */
export function removeWatch(db: Db, channel: ChannelId, name: string, kind?: 'person' | 'org'): Watch[] {
  const rows = (
    kind
      ? prepared(db, 'SELECT * FROM watches WHERE channel_id = ? AND name = ? COLLATE NOCASE AND kind = ?').all(channel, name, kind)
      : prepared(db, 'SELECT * FROM watches WHERE channel_id = ? AND name = ? COLLATE NOCASE').all(channel, name)
  ) as WatchRow[];
  const del = prepared(db, 'DELETE FROM watches WHERE id = ?');
  for (const r of rows) del.run(r.id);
  return rows.map(toWatch);
}

/**
 * Makes the operator's config watches the config's list (CLI and chat watches stay). Only what
 * differs is written: a start with an unchanged 50,000-name watchlist writes nothing.
 */
export function replaceConfigWatches(db: Db, channel: ChannelId, watches: (NewPersonWatch | NewOrgWatch)[]): void {
  const rows = prepared(db, 'SELECT id, kind, name, aliases, orgs, strict, origin FROM watches WHERE channel_id = ?').all(channel) as WatchRow[];
  const keyOf = (kind: string, name: string) => `${kind}\0${name.toLowerCase()}`;
  const config = new Map<string, WatchRow>();
  const others = new Set<string>();
  for (const r of rows) {
    if (r.origin === 'config') config.set(keyOf(r.kind, r.name), r);
    else others.add(keyOf(r.kind, r.name));
  }
  const insert = prepared(db, "INSERT INTO watches (channel_id, kind, name, aliases, orgs, strict, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, 'config', ?)");
  const update = prepared(db, 'UPDATE watches SET name = ?, aliases = ?, orgs = ?, strict = ? WHERE id = ?');
  const now = new Date().toISOString();
  for (const w of watches) {
    const key = keyOf(w.kind, w.name);
    const aliases = JSON.stringify(w.aliases);
    const orgs = JSON.stringify(w.kind === 'person' ? w.orgs : []);
    const strict = w.kind === 'person' && w.strict ? 1 : 0;
    const row = config.get(key);
    if (row) {
      config.delete(key);
      if (row.name !== w.name || row.aliases !== aliases || row.orgs !== orgs || row.strict !== strict) update.run(w.name, aliases, orgs, strict, row.id);
    } else if (others.has(key)) {
      // Also watched from the CLI: the config's aliases and orgs join that watch.
      upsertWatch(db, channel, w, 'config');
    } else {
      insert.run(channel, w.kind, w.name, aliases, orgs, strict, now);
      others.add(key);
    }
  }
  const del = prepared(db, 'DELETE FROM watches WHERE id = ?');
  for (const gone of config.values()) del.run(gone.id);
}
