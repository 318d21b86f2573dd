import type { Db } from './open.js';
import { prepared } from './prepared.js';
import type { ChannelId, Language } from '../domain.js';

export interface Source {
  id: number;
  url: string;
  name: string;
  language: Language | null;
  origin: 'config' | 'cli' | 'chat';
  enabled: boolean;
  intervalMs: number | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string | null;
  disabledReason: string | null;
  itemCount: number;
  /** Polls in a row that brought nothing new (drives the adaptive schedule). */
  unchangedPolls: number;
  /** For news-search sources, the query the URL was built from. */
  searchQuery: string | null;
  /** Removed by the operator: kept only so its items stay seen. */
  removed: boolean;
}

interface SourceRow {
  id: number;
  url: string;
  name: string | null;
  language: string | null;
  origin: Source['origin'];
  enabled: number;
  interval_ms: number | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
  disabled_reason: string | null;
  item_count: number;
  unchanged_polls: number;
  search_query: string | null;
  removed_at: string | null;
}

function toSource(r: SourceRow): Source {
  return {
    id: r.id,
    url: r.url,
    name: r.name ?? new URL(r.url).hostname,
    language: r.language === 'en' || r.language === 'zh' ? r.language : null,
    origin: r.origin,
    enabled: r.enabled === 1,
    intervalMs: r.interval_ms,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    failures: r.failures,
    nextPollAt: r.next_poll_at,
    disabledReason: r.disabled_reason,
    itemCount: r.item_count,
    unchangedPolls: r.unchanged_polls,
    searchQuery: r.search_query,
    removed: r.removed_at !== null,
  };
}

export interface SourceInput {
  url: string;
  name?: string | undefined;
  language?: Language | undefined;
  intervalMs?: number | undefined;
  enabled?: boolean | undefined;
  searchQuery?: string | undefined;
}

/** Adds a source or refreshes its name, language and interval; a source the operator disabled stays disabled. */
export function upsertSource(db: Db, s: SourceInput, origin: Source['origin']): Source {
  prepared(
    db,
    `INSERT INTO sources (url, name, language, interval_ms, enabled, origin, search_query, created_at) VALUES (@url, @name, @language, @interval, @enabled, @origin, @query, @now)
     ON CONFLICT(url) DO UPDATE SET name = coalesce(excluded.name, name), language = coalesce(excluded.language, language),
       interval_ms = coalesce(excluded.interval_ms, interval_ms), search_query = coalesce(excluded.search_query, search_query),
       enabled = CASE WHEN removed_at IS NOT NULL THEN 1 ELSE enabled END, disabled_reason = CASE WHEN removed_at IS NOT NULL THEN NULL ELSE disabled_reason END,
       origin = CASE WHEN removed_at IS NOT NULL THEN excluded.origin ELSE origin END, removed_at = NULL`,
  ).run({
    url: s.url,
    name: s.name ?? null,
    language: s.language ?? null,
    interval: s.intervalMs ?? null,
    enabled: s.enabled === false ? 0 : 1,
    origin,
    query: s.searchQuery ?? null,
    now: new Date().toISOString(),
  });
  return getSourceByUrl(db, s.url)!;
}

export function getSourceByUrl(db: Db, url: string): Source | null {
  const row = prepared(db, 'SELECT * FROM sources WHERE url = ?').get(url) as SourceRow | undefined;
  return row ? toSource(row) : null;
}

export function getSource(db: Db, id: number): Source | null {
  const row = prepared(db, 'SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
  return row ? toSource(row) : null;
}

/** Every source but those the operator removed. */
export function listSources(db: Db): Source[] {
  return (prepared(db, 'SELECT * FROM sources WHERE removed_at IS NULL ORDER BY id').all() as SourceRow[]).map(toSource);
}

/** Sources whose next poll is due (or that were never polled); with `all`, every enabled source. */
export function dueSources(db: Db, now: Date, all = false): Source[] {
  return (
    prepared(db, 'SELECT * FROM sources WHERE enabled = 1 AND removed_at IS NULL AND (? OR next_poll_at IS NULL OR next_poll_at <= ?) ORDER BY next_poll_at NULLS FIRST, id').all(
      all ? 1 : 0,
      now.toISOString(),
    ) as SourceRow[]
  ).map(toSource);
}

export function recordPollSuccess(db: Db, id: number, p: { etag: string | null; lastModified: string | null; now: Date; nextPollAt: Date; newItems: number }): void {
  prepared(
    db,
    `UPDATE sources SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), last_polled_at = ?, last_success_at = ?,
       last_error = NULL, failures = 0, next_poll_at = ?, item_count = item_count + ?,
       unchanged_polls = CASE WHEN ? > 0 THEN 0 ELSE unchanged_polls + 1 END WHERE id = ?`,
  ).run(p.etag, p.lastModified, p.now.toISOString(), p.now.toISOString(), p.nextPollAt.toISOString(), p.newItems, p.newItems, id);
}

export function recordPollFailure(db: Db, id: number, p: { error: string; now: Date; nextPollAt: Date; disable: string | null }): number {
  prepared(
    db,
    `UPDATE sources SET last_polled_at = ?, last_error = ?, failures = failures + 1, next_poll_at = ?,
       enabled = CASE WHEN ? IS NULL THEN enabled ELSE 0 END, disabled_reason = coalesce(?, disabled_reason) WHERE id = ?`,
  ).run(p.now.toISOString(), p.error, p.nextPollAt.toISOString(), p.disable, p.disable, id);
  return (prepared(db, 'SELECT failures FROM sources WHERE id = ?').get(id) as { failures: number }).failures;
}

export function setSourceEnabled(db: Db, url: string, enabled: boolean): boolean {
  return prepared(db, 'UPDATE sources SET enabled = ?, disabled_reason = NULL, failures = 0, next_poll_at = NULL WHERE url = ? AND removed_at IS NULL').run(enabled ? 1 : 0, url).changes > 0;
}

/**
 * Removes a source from polling and from the lists. Its row and its items' keys stay, so adding
 * it back never brings its old items back as news.
 */
export function removeSource(db: Db, url: string): boolean {
  return prepared(db, "UPDATE sources SET enabled = 0, disabled_reason = 'removed', removed_at = ? WHERE url = ? AND removed_at IS NULL").run(new Date().toISOString(), url).changes > 0;
}

/** Names a source after its feed's own title, unless the operator named it. */
export function nameFromFeed(db: Db, id: number, title: string): void {
  prepared(db, 'UPDATE sources SET name = ? WHERE id = ? AND name IS NULL').run(title.slice(0, 200), id);
}

export function enabledSourceCount(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sources WHERE enabled = 1').get() as { n: number }).n;
}

/** The sources a channel added from chat. */
export function listChannelSources(db: Db, channel: ChannelId): Source[] {
  return (prepared(db, 'SELECT s.* FROM sources s JOIN channel_sources cs ON cs.source_id = s.id WHERE cs.channel_id = ? ORDER BY cs.created_at, s.id').all(channel) as SourceRow[]).map(toSource);
}

/**
 * Adds a feed for a channel. The source row is shared (one poll serves every channel that
 * added it); a chat source a channel had dropped is enabled again. Returns whether the channel
 * already had it.
 */
export function addChannelSource(db: Db, channel: ChannelId, s: SourceInput, addedBy: string | null): { source: Source; existed: boolean } {
  return db.transaction(() => {
    const source = upsertSource(db, s, 'chat');
    if (source.origin === 'chat' && !source.enabled) setSourceEnabled(db, source.url, true);
    const info = prepared(db, 'INSERT OR IGNORE INTO channel_sources (channel_id, source_id, added_by, created_at) VALUES (?, ?, ?, ?)').run(channel, source.id, addedBy, new Date().toISOString());
    return { source: getSource(db, source.id)!, existed: info.changes === 0 };
  })();
}

/**
 * Drops a feed from a channel. A chat source no channel uses any more stops being polled but
 * keeps its items' keys, so adding it back never re-alerts what it already carried.
 */
export function removeChannelSource(db: Db, channel: ChannelId, url: string): boolean {
  return db.transaction(() => {
    const source = getSourceByUrl(db, url);
    if (!source) return false;
    if (prepared(db, 'DELETE FROM channel_sources WHERE channel_id = ? AND source_id = ?').run(channel, source.id).changes === 0) return false;
    const users = (prepared(db, 'SELECT count(*) AS n FROM channel_sources WHERE source_id = ?').get(source.id) as { n: number }).n;
    if (users === 0 && source.origin === 'chat') prepared(db, "UPDATE sources SET enabled = 0, disabled_reason = 'no channel uses it' WHERE id = ?").run(source.id);
    return true;
  })();
}
